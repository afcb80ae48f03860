from utdk_kitchensink import kitchensink

kitchensink.search_pets(q="fluffy cat")
