import kitchensink from '@utdk/kitchensink';

await kitchensink.downloadreport({ reportId: 'string' })
