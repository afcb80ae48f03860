from utdk_kitchensink import kitchensink

kitchensink.list_linked_toys()
