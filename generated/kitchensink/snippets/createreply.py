from utdk_kitchensink import kitchensink

kitchensink.create_reply(
    conversation_id="string",
    text="string",
)
