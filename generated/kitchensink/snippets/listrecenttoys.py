from utdk_kitchensink import kitchensink

kitchensink.list_recent_toys()
