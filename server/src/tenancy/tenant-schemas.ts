// Every schema that lives in a school's database, registered by import. New
// school modules add their schema here so provisioning builds their indexes.
import '../modules/users/user.schema.js';
import '../auth/refresh-token.schema.js';
