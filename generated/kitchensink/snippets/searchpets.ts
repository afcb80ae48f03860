import kitchensink from '@utdk/kitchensink';

await kitchensink.searchpets({ q: 'fluffy cat' })
