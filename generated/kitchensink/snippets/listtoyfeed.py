from utdk_kitchensink import kitchensink

kitchensink.list_toy_feed()
