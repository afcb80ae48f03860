from utdk_kitchensink import kitchensink

kitchensink.submit_contact_form(
    email="user@example.com",
    message="string",
)
