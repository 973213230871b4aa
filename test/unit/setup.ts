// Unit-test setup: an in-memory IndexedDB for the store tests.
import 'fake-indexeddb/auto';
