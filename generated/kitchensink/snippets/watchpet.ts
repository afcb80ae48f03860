import kitchensink from '@utdk/kitchensink';

await kitchensink.watchpet({ petId: 0 })
