from utdk_kitchensink import kitchensink

kitchensink.sync_toys()
