from utdk_kitchensink import kitchensink

kitchensink.create_order(item="string")
