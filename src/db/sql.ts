// Raw SQL for the few places outside repositories that need it (health checks): still only imported through db/.
export { sql } from 'kysely';
