import kitchensink from '@utdk/kitchensink';

await kitchensink.downloadpetphoto({ petId: 0 })
