// THE bridge between renderer and main: every method and event that crosses it, with its
// argument and result types. Channel names are derived from these keys, never typed twice.
// The renderer imports this file for types only; main and preload also use its runtime lists.

/** An article id issued by main for the currently open folder. Opaque to the renderer. */
export type ArticleId = string;

export type ArticleFormat = 'txt' | 'md' | 'html';

/** How a file's bytes were decoded; anything but UTF-8 is shown as "decoded as …". */
export type TextEncodingLabel = 'utf-8' | 'utf-8 (BOM)' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface ArticleSummary {
  id: ArticleId;
  /** Path relative to the opened folder, with `/` separators. For display only. */
  path: string;
  title: string;
  /** Outlet or publisher when the file says (front matter, `source:` line, page meta). */
  source: string | null;
  /**
   * YYYY-MM-DD (or YYYY where only a year is given): stated in the file, found on its first
   * lines or in its name, or else the file's modification date; `dateFrom` says which.
   */
  date: string | null;
  dateFrom: DateSource | null;
  /** The date is the file's own time, not one the article states ("file date"). */
  dateIsFileTime: boolean;
  author: string | null;
  /** Words of the text compared (after cleaning). */
  words: number;
  bytes: number;
  format: ArticleFormat;
  encoding: TextEncodingLabel;
  /** What a page tried to run or load and was not allowed to, and doubts about how it was read. */
  warnings: string[];
  /**
   * Mojibake repaired on reading (double-encoded UTF-8, Windows-1252 punctuation read as
   * Latin-1), e.g. "repaired double-encoded text"; null when the text is as decoded.
   */
  repair: TextRepair | null;
  /** Boilerplate that cleaning removes from this article. */
  cleaning: { blocks: number; words: number };
  /** SHA-256 (hex) of the article's decoded text: follows an article through renames. */
  contentHash: string;
  /** SHA-256 (hex) of the file's bytes: two files with the same are identical byte for byte. */
  fileHash: string;
}

/**
 * Where an article's date comes from: `stated` by its metadata (front matter, a page's meta
 * tags, a `date` header line), on one of its first lines (`text`), its `file name`, or the
 * `file time` (the weakest; dropped when every file of the folder shares it).
 */
export type DateSource = 'stated' | 'text' | 'file name' | 'file time';

export interface TextRepair {
  /** What the UI shows, e.g. "repaired double-encoded text". */
  label: string;
  /** Characters restored. */
  count: number;
}

export interface SkippedFile {
  /** Path relative to the opened folder, with `/` separators. */
  path: string;
  /** A plain sentence a person can act on, e.g. "empty file". */
  reason: string;
}

export interface ScanState {
  /** `scanning` while files are still being read; the snapshot then holds those read so far. */
  state: 'scanning' | 'complete' | 'cancelled';
  /** Files read so far, of `total` article files found. */
  done: number;
  total: number;
}

export interface LibrarySnapshot {
  /** The folder's own name (never its full path: the renderer has no use for paths). */
  folderName: string;
  articles: ArticleSummary[];
  skipped: SkippedFile[];
  scan: ScanState;
}

/**
 * The rows read since the last report on the folder being read (a libraryChanged with its
 * first rows, then these), so a big folder's list grows without the whole list crossing the
 * bridge again and again. The last of them ends the scan; rows already listed that changed
 * meanwhile (dates settled across the folder, cleaning) come again in `changed`.
 */
export interface LibraryRowsRead {
  folderName: string;
  /** Articles read since the last report, in the order they were read. */
  added: ArticleSummary[];
  /** Articles listed before whose facts changed since (by id): dates settled, cleaning done. */
  changed: ArticleSummary[];
  /** Files refused since the last report. */
  skipped: SkippedFile[];
  /** Ends the scan when no longer `scanning`: the list is then whole. */
  scan: ScanState;
}

/** A folder opened before, offered again (menu, list header). */
export interface RecentFolder {
  /** Opaque id issued by main; open it with openRecentFolder. */
  id: string;
  name: string;
  /** Where it is, for telling apart folders of the same name. Display only. */
  location: string;
}

export type LeftOp = 'equal' | 'delete' | 'normalized';
export type RightOp = 'equal' | 'insert' | 'normalized';

/** Character-level detail of a single changed word, e.g. "negations" → "negotiations". */
export interface CharPart {
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

export interface Segment<Op extends string = LeftOp | RightOp> {
  /**
   * `equal`: same on both sides. `delete`/`insert`: only on this side. `normalized`: differs
   * from the other side only in a way an ignore option hides (shown faintly, never hidden).
   */
  op: Op;
  /** Exact text from the article, including the whitespace that follows it. */
  text: string;
  /**
   * On a word changed into a similar word: which characters changed (this side's only).
   * The parts spell the word without its trailing whitespace.
   */
  chars?: CharPart[];
  /**
   * On a word replaced by the same word with other whitespace after it (a line break moved):
   * the non-space text is identical on both sides, only the spacing differs.
   */
  spacingOnly?: true;
  /** On a word replaced by the same word with other punctuation ("us," → "us"). */
  punctuationOnly?: true;
}

/**
 * One step of a row's edits, in reading order (A's and B's text interleaved, a deletion before
 * the insertion that replaces it). Both layouts derive from this list: A's text is the `equal`,
 * `delete` and `normalized.left` texts in order, B's the `equal`, `insert` and `normalized.right`.
 * On one-sided rows (added, removed, either end of a move) only that side's text appears, and
 * `equal` means equal to the other end of the move.
 */
export type RowEdit =
  | { op: 'equal'; text: string }
  | { op: 'delete'; text: string; chars?: CharPart[]; spacingOnly?: true; punctuationOnly?: true }
  | { op: 'insert'; text: string; chars?: CharPart[]; spacingOnly?: true; punctuationOnly?: true }
  /** Differs only in a way an ignore option hides; one side may be '' (text the option drops). */
  | { op: 'normalized'; left: string; right: string };

export type RowKind = 'equal' | 'changed' | 'added' | 'removed' | 'moved';

/** One aligned row: a paragraph of A beside the paragraph of B it corresponds to. */
export interface ComparisonRow {
  kind: RowKind;
  /** Empty when the row has no paragraph on that side (added, removed, or one end of a move). */
  left: Segment<LeftOp>[];
  right: Segment<RightOp>[];
  /** Index of the paragraph in A (left) and B (right) shown in this row, when there is one. */
  leftParagraph?: number;
  rightParagraph?: number;
  /** For `moved` rows: the same id on the row where it left A and the row where it lands in B. */
  move?: number;
  /** The row's edits in reading order; `left` and `right` are this list split by side. */
  edits: RowEdit[];
}

export interface ComparisonStats {
  /** Share of words the two texts have in common, 0–1 (2 × common ÷ (words A + words B)). */
  similarity: number;
  wordsAdded: number;
  wordsRemoved: number;
  /** Words of A in paragraphs that moved (their inner edits are counted as added/removed). */
  wordsMoved: number;
  /** Rows that are not `equal`, counting each move once. */
  changedParagraphs: number;
  /**
   * Changes a reader steps through: in a changed row each maximal run of deleted/inserted text
   * (equal or normalized text ends a run); an added, removed or moved paragraph counts as one.
   */
  edits: number;
  /** Words replaced by the same word with other punctuation after or around it ("us," → "us"). */
  punctuationOnlyEdits: number;
  /** Words whose only difference is the spacing or line break after them. */
  spacingOnlyEdits: number;
}

export type Granularity = 'word' | 'sentence';

export interface CompareOptions {
  granularity: Granularity;
  ignoreCase: boolean;
  /**
   * Without it, whitespace counts by kind (line break or space) and other spacing differences
   * are shown as normalized; with it, whitespace is not compared at all.
   */
  ignoreWhitespace: boolean;
  ignorePunctuation: boolean;
  /** Curly vs straight quotes, dashes, ligatures, ellipsis (spaces: see ignoreWhitespace). */
  ignoreTypography: boolean;
}

export interface TextComparison {
  stats: ComparisonStats;
  rows: ComparisonRow[];
  /** True when a part was too large or too different for a word diff within the budget. */
  coarse: boolean;
}

export interface Comparison extends TextComparison {
  left: ArticleSummary;
  right: ArticleSummary;
  /** What cleaning removed from each side (empty when cleaning is off for that side). */
  removed: { left: RemovedText[]; right: RemovedText[] };
}

export interface CompareRequest {
  leftId: ArticleId;
  rightId: ArticleId;
  /** Any option left out takes its default (word granularity, nothing ignored). */
  options?: Partial<CompareOptions>;
  /** Remove boilerplate before comparing, per side (default: both). */
  clean?: { left: boolean; right: boolean };
  /** Use the repaired text of an article with `repair` set, per side (default: both). */
  repair?: { left: boolean; right: boolean };
}

/** A block cleaning removed, shown on request ("show removed text"). */
export interface RemovedText {
  /** Shown before this paragraph of the compared text (its index; the count means "at the end"). */
  beforeParagraph: number;
  text: string;
  reason: string;
}

/** A folder this one may be, moved or renamed, offered when main cannot tell by itself. */
export interface FolderCandidate {
  /** Its folder identity: pass it to chooseFolderIdentity. */
  id: string;
  /** Its name when it was last opened. */
  name: string;
  /** Articles with the same text in both folders. */
  shared: number;
  /** Articles it held then. */
  articles: number;
  /** ISO 8601. */
  lastOpened: string;
}

/**
 * Which folder the open one is, for its notes. `resolved`: notes belong to `id` (a UUID issued
 * by main, never a path); `movedFrom` names the folder it was recognised as when it has moved
 * or been renamed. `ask`: it may be one of the candidates; the user says which, or none.
 */
export type FolderIdentity =
  | { state: 'resolved'; id: string; movedFrom: string | null }
  | { state: 'ask'; articles: number; candidates: FolderCandidate[] };

export type ExportFormat = 'markdown' | 'csv' | 'json' | 'html' | 'pdf' | 'xml';

export interface SaveExportRequest {
  format: ExportFormat;
  /** A file name to offer in the save dialog (no folders). */
  suggestedName: string;
  /** The whole file, made by the renderer. */
  content: string;
}

export type SaveExportResult = { saved: true; fileName: string } | { saved: false };

/** Two articles of the overview and how much of their text they share, 0–1. */
export interface OverviewPair {
  a: ArticleId;
  b: ArticleId;
  /** Words of both lying in runs of five or more words the other also has, over all their words. */
  similarity: number;
}

/** Versions or copies of one text, oldest first. */
export interface OverviewGroup {
  articles: ArticleId[];
  /** `date`: every member states a date; `content`: the order is inferred from the texts. */
  orderedBy: 'date' | 'content';
}

export interface OverviewPassage {
  text: string;
  words: number;
  /** Text inside quotation marks (or mostly so). */
  quotation: boolean;
  /** Earliest dated first: the first is the likely source. Code points into the compared text. */
  occurrences: Array<{ article: ArticleId; start: number; end: number }>;
}

/** The folder as a whole: similar pairs, version groups and shared passages. */
export interface FolderOverview {
  /** The articles analysed, in the folder's order. */
  articles: ArticleId[];
  /** Pairs sharing at least 2% of their words, most similar first. */
  pairs: OverviewPair[];
  groups: OverviewGroup[];
  passages: OverviewPassage[];
}

/**
 * An overview shown before the analysis ends: of the articles read so far (a large folder
 * opened for the first time), or of the whole folder before its shared passages are found.
 */
export interface OverviewPreview {
  overview: FolderOverview;
  /** Articles in this preview, and in the folder. */
  analysed: number;
  total: number;
}

export interface OverviewProgress {
  stage: 'reading' | 'indexing' | 'scoring' | 'grouping' | 'passages';
  /** Share of that stage done, 0–1. */
  fraction: number;
}

export interface FolderFindRequest {
  query: string;
  matchCase: boolean;
  matchDiacritics: boolean;
  /** Search the cleaned texts (as compared by default) or the whole files. */
  clean: boolean;
}

export interface FolderFindResult {
  /** Articles with at least one hit, in the folder's order. */
  articles: Array<{
    id: ArticleId;
    /** Every hit in the article, listed or not. */
    count: number;
    /** The first hits, as UTF-16 offsets into the article's text (see articleText). */
    hits: Array<{ start: number; end: number; snippet: { before: string; match: string; after: string } }>;
  }>;
  /** Hits in all articles. */
  total: number;
}

/** One witness of a collation: an article of the folder (or a file given to the CLI). */
export interface CollationWitness {
  /** The article id in the app; the file's position (`w1`, `w2`, …) in the CLI. */
  id: string;
  path: string;
  title: string;
  date: string | null;
}

/** A variation unit (or an agreement) inside one slot: each present witness's reading there. */
export interface CollationSegment {
  /**
   * Exact text with its trailing whitespace, keyed by witness id, for every witness that has a
   * paragraph in this slot ("" where it has no words at this point). All equal: an agreement.
   */
  readings: Record<string, string>;
}

/** One slot: which paragraph of each witness stands here (null: none), aligned word by word. */
export interface CollationRow {
  paragraphs: Record<string, number | null>;
  segments: CollationSegment[];
  /**
   * Transpositions: for a witness whose paragraph here corresponds to a paragraph that stands
   * elsewhere in another order, the index of that other row (set on both rows).
   */
  moved?: Record<string, number>;
  /** Words and phrases a witness has elsewhere in this paragraph than the base (in base order). */
  transpositions?: CollationTransposition[];
}

/** Where a transposed phrase stands: a segment of the row and a range of one witness's reading there. */
export interface TranspositionEnd {
  segment: number;
  /** Code units into that reading: the phrase's words, without their trailing whitespace. */
  start: number;
  end: number;
}

/**
 * A word or phrase both the base and a witness read in one paragraph, in another order: as
 * CollateX reports a transposition, instead of an omission here and an addition there.
 */
export interface CollationTransposition {
  witness: string;
  /** The phrase where the base reads it (a range of the base's reading). */
  base: TranspositionEnd;
  /** The same phrase where the witness reads it (a range of the witness's reading). */
  witnessAt: TranspositionEnd;
}

export interface Collation {
  witnesses: CollationWitness[];
  /** Id of the base witness: the one the view renders in full. */
  base: string;
  rows: CollationRow[];
}

/** A collation as the app receives it: with default sigla (years, else A, B, C…). */
export interface CollationResult extends Collation {
  sigla: Record<string, string>;
}

export interface CollateRequest {
  /** Two or more articles of the open folder, in the order wanted (oldest first, say). */
  ids: ArticleId[];
  /** The base witness (default: the first of `ids`). */
  baseId?: ArticleId;
}

export interface CollationExportRequest {
  format: 'tei' | 'csv' | 'html';
  /** Siglum by witness id (ids of the last collation); missing ones get the default. */
  sigla: Record<string, string>;
}

export interface CollationProgress {
  /** Witnesses aligned so far, of `total`. */
  done: number;
  total: number;
}

/** Renderer → main requests. Each is `invoke`d and answered once. */
export interface VariorumMethods {
  /** The folder open now (the bundled samples on first run), or null if none is open. */
  getLibrary(): Promise<LibrarySnapshot | null>;
  /** Asks the user for a folder with the system dialog; null when they cancel. */
  openFolderDialog(): Promise<LibrarySnapshot | null>;
  /** Aligns and diffs two articles of the open folder. */
  compare(request: CompareRequest): Promise<Comparison>;
  /** Stops reading a large folder; what was read so far stays listed. */
  cancelScan(): Promise<void>;
  /** The last ten folders opened, newest first. */
  getRecentFolders(): Promise<RecentFolder[]>;
  /**
   * Where the open folder is (its full path), for the tooltip on its name; null when none is
   * open. Display only, as RecentFolder.location: no method takes a path back.
   */
  getFolderLocation(): Promise<string | null>;
  openRecentFolder(id: string): Promise<LibrarySnapshot>;
  /**
   * An article's text as the comparison shows it (its paragraphs joined by blank lines): the
   * text note anchors are counted in. Cleaned unless `clean` is false.
   */
  articleText(request: { id: ArticleId; clean?: boolean; repair?: boolean }): Promise<string>;
  /** Asks where to save through the system dialog and writes the file atomically. */
  saveExport(request: SaveExportRequest): Promise<SaveExportResult>;
  /** Asks for a notes file (JSON export) to import; its content, or null when cancelled. */
  openImportFile(): Promise<{ fileName: string; content: string } | null>;
  /** Keeps an automatic backup of the notes (JSON export) in the profile; the last five stay. */
  writeNotesBackup(content: string): Promise<{ written: boolean }>;
  /** Searches every article of the open folder (the same matching rule as the find bar). */
  findInFolder(request: FolderFindRequest): Promise<FolderFindResult>;
  /** Shows an article's file in the system's file manager. */
  revealArticle(id: ArticleId): Promise<void>;
  /** Opens an article's file with the system's default app for it. */
  openArticleExternally(id: ArticleId): Promise<void>;
  /** Prints the window (the comparison, laid out by the print style sheet) to a PDF the user saves. */
  saveComparisonPdf(request: { suggestedName: string }): Promise<SaveExportResult>;
  /**
   * The open folder as a whole (kept per folder snapshot, updated when files change). Shared
   * spans count from `minWords` words (default 8). Rejects when cancelled.
   */
  overview(request: { minWords?: number }): Promise<FolderOverview>;
  /** Stops the overview under way. */
  cancelOverview(): Promise<void>;
  /** Collates two or more articles (cleaned) against a base, in a worker thread. */
  collate(request: CollateRequest): Promise<CollationResult>;
  /**
   * Saves the last collation (through the save dialog, atomically) as TEI P5 parallel
   * segmentation, or as a CSV or HTML apparatus table, with the sigla the user chose.
   */
  saveCollationExport(request: CollationExportRequest): Promise<SaveExportResult>;
  /**
   * The open folder's identity, for filing its notes; null while no folder is open or it is
   * still being read. Recognises a moved or renamed folder by its articles' content.
   */
  getFolderIdentity(): Promise<FolderIdentity | null>;
  /** Answers an `ask`: one of the candidates' ids, or null for "a different folder". */
  chooseFolderIdentity(request: { id: string | null }): Promise<FolderIdentity>;
}

export interface CompareProgress {
  leftId: ArticleId;
  rightId: ArticleId;
  /** Share of the comparison done, 0–1. */
  fraction: number;
}

/** Main → renderer events, with their payloads. */
export interface VariorumEvents {
  /** Another folder was opened (from the menu, say) or the open one changed. */
  libraryChanged: LibrarySnapshot;
  /** More rows of the folder being read (after its first rows, before the whole list). */
  libraryRowsRead: LibraryRowsRead;
  /** A long comparison is under way (sent only for long texts). */
  compareProgress: CompareProgress;
  /** The overview under way has reached this stage. */
  overviewProgress: OverviewProgress;
  /** The overview under way has a first answer to show (see OverviewPreview). */
  overviewPreview: OverviewPreview;
  /** A collation is under way (one step per witness aligned). */
  collateProgress: CollationProgress;
}

export type MethodName = keyof VariorumMethods;
export type EventName = keyof VariorumEvents;

// Runtime lists, checked against the interfaces above: forgetting a name is a type error.
const methodFlags = {
  getLibrary: true,
  openFolderDialog: true,
  compare: true,
  cancelScan: true,
  getRecentFolders: true,
  getFolderLocation: true,
  openRecentFolder: true,
  articleText: true,
  saveExport: true,
  openImportFile: true,
  writeNotesBackup: true,
  overview: true,
  cancelOverview: true,
  findInFolder: true,
  revealArticle: true,
  openArticleExternally: true,
  saveComparisonPdf: true,
  collate: true,
  saveCollationExport: true,
  getFolderIdentity: true,
  chooseFolderIdentity: true,
} satisfies Record<MethodName, true>;
const eventFlags = {
  libraryChanged: true,
  libraryRowsRead: true,
  compareProgress: true,
  overviewProgress: true,
  overviewPreview: true,
  collateProgress: true,
} satisfies Record<EventName, true>;

export const methodNames = Object.keys(methodFlags) as MethodName[];
export const eventNames = Object.keys(eventFlags) as EventName[];

export const methodChannel = (name: MethodName): string => `variorum:call:${name}`;
export const eventChannel = (name: EventName): string => `variorum:event:${name}`;

export type Unsubscribe = () => void;

/** What the renderer sees as `window.variorum`. */
export type VariorumApi = VariorumMethods & {
  on<E extends EventName>(event: E, listener: (payload: VariorumEvents[E]) => void): Unsubscribe;
  /**
   * Whether the preload that built this bridge ran in a sandboxed renderer (its
   * `process.sandboxed`). The page itself cannot tell: context isolation alone already hides
   * Node from it. False in the test harness, which has no preload.
   */
  readonly sandboxed: boolean;
};
