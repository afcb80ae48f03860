import kitchensink from '@utdk/kitchensink';

await kitchensink.getpet({ petId: 42 })
