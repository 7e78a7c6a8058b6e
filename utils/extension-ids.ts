/**
 * The ids browsers know ClaimLens by. An office policy names the extension by its id: Chrome's comes
 * from the store (or from a manifest `key`), Firefox's is the gecko id in the manifest.
 */
export const GECKO_ID = 'claimlens@example.org';

/**
 * The policy e2e test's own build (WXT_POLICY_TEST=1, tests/e2e/policy.e2e.ts): a fixed id no other
 * build or test uses, so the system-wide policy it writes reaches nothing else on the machine.
 * The Chrome id is the one this public key gives (sha256 of the key, first 32 hex digits as a–p);
 * no private key is needed to load an unpacked build with it.
 */
export const POLICY_TEST_GECKO_ID = 'claimlens-policy-test@example.org';
export const POLICY_TEST_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAr0X9htQprbe3wiEy3WH7C6gM89rhKVWILmqw7PNtBWeahNLdYxnZPhl9UvAiHrAEX5g1JcWnVenU5DsCGGazsRG/n+X1LoYsl9NGPpqX7j5BxGYsqZaRhit3+3IzAxkqDmESVTb9iM62mtxQfBofXYBiUirSHMqVro4qCU7DQEScU2PryRigHS/2Lp3kyF8AtR+t7Ca1Fz6pjVEgH4MaKq1F9hZb5A8BCPsfQqugAUFOzjujyxW/lYjCw9lj+OP1bRwHDN2bvQF4W2cBEW/CQXBPAksYui1PFIY2ZkzSJh9T01Zq3aNsN+p5554xJ9dTtq7+XO7DYME2eDtWVk5+SQIDAQAB';
export const POLICY_TEST_CHROME_ID = 'mdgibkmeacjeagfikkkgjiggahnncnin';
