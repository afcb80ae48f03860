import kitchensink from '@utdk/kitchensink';

await kitchensink.createorder({ item: 'string' })
