from utdk_kitchensink import kitchensink

kitchensink.get_inventory()
