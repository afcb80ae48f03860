import kitchensink from '@utdk/kitchensink';

await kitchensink.updatepet({ petId: 42 })
