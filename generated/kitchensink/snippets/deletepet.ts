import kitchensink from '@utdk/kitchensink';

await kitchensink.deletepet({ petId: 42 })
