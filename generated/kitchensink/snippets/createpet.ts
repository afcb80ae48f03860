import kitchensink from '@utdk/kitchensink';

await kitchensink.createpet({
  name: 'Rex',
  petType: 'dog',
  bark_volume: 7,
})
