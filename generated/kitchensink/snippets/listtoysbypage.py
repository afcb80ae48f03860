from utdk_kitchensink import kitchensink

kitchensink.list_toys_by_page()
