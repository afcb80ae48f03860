from utdk_kitchensink import kitchensink

kitchensink.put_shape(
    shape_id="string",
    body={"radius": 0},
)
