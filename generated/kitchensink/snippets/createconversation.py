from utdk_kitchensink import kitchensink

kitchensink.create_conversation(
    model="string",
    messages=[
        {
            "role": "user",
            "content": "string",
        },
    ],
)
