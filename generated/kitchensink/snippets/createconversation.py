from utdk_kitchensink import kitchensink

kitchensink.create_conversation(
    model="string",
    messages=[
        {
            "role": "tool",
            "tool_call_id": "string",
            "content": "string",
        },
    ],
)
