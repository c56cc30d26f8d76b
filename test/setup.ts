// Every test gets a fresh in-memory IndexedDB and WXT's fake browser (reset by WxtVitest per file).
import 'fake-indexeddb/auto';
