import kitchensink from '@utdk/kitchensink';

await kitchensink.searchtoys({ query: 'string' })
