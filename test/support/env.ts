// What the test environment asks for: PostgreSQL, a browser and the shared corpus, optional locally, required in CI.
export const PG_URL = process.env.VIGIL_TEST_PG_URL;
export const REQUIRE_PG = process.env.VIGIL_REQUIRE_PG === '1';
export const REQUIRE_BROWSER = process.env.VIGIL_REQUIRE_BROWSER === '1';
export const REQUIRE_CORPUS = process.env.VIGIL_REQUIRE_CORPUS === '1';
