import kitchensink from '@utdk/kitchensink';

await kitchensink.addpetnote({
  petId: 0,
  text: 'string',
})
