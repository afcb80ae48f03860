from utdk_kitchensink import kitchensink

kitchensink.search_toys(query="string")
