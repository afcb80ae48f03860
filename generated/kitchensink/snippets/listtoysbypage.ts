import kitchensink from '@utdk/kitchensink';

await kitchensink.listtoysbypage()
