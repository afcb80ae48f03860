import kitchensink from '@utdk/kitchensink';

await kitchensink.createtree({ value: 'string' })
