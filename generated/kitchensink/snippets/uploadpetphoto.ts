import kitchensink from '@utdk/kitchensink';
import { openAsBlob } from 'node:fs';

await kitchensink.uploadpetphoto({
  petId: 0,
  file: await openAsBlob('file.bin'),
})
