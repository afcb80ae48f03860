import kitchensink from '@utdk/kitchensink';

await kitchensink.putshape({
  shapeId: 'string',
  body: { radius: 0 },
})
