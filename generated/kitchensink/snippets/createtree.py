from utdk_kitchensink import kitchensink

kitchensink.create_tree(value="string")
