/** The English interface text; the same keys as zh.ts (the type of `strings` checks both). */
export const en = {
  site: 'Cited Figures',
  /** Locale names other formats use: Open Graph, and office files (with the font a slide is set in). */
  locale: { og: 'en_US', office: 'en-US', officeFont: 'Calibri' },
  /** Punctuation between the parts of a sentence, as the language writes it; `aside` adds a remark. */
  punct: {
    period: '. ',
    colon: ': ',
    listSep: ', ',
    /** Between names that may hold commas of their own (sources). */
    nameSep: '; ',
    paren: (s: string) => ` (${s})`,
    aside: (s: string) => ` (${s})`,
    semi: '; ',
    comma: ', ',
    end: '.',
    join: ' ',
    slash: ' / '
  },
  /** The sentences of a chart's text alternative (charts/summary). */
  summary: {
    highest: (first: string, value: string, others: string) =>
      `${first} is highest at ${value}, followed by ${others}.`,
    dated: (n: number, from: number, to: number) => `${n} dated events, ${from} to ${to}: `,
    undated: (n: number) => `${n} ${n === 1 ? 'date has' : 'dates have'} no year: `,
    durations: 'Durations: '
  },
  tagline: 'Every number a news article cites, traced back to the exact words it came from.',
  home: 'Home',
  figures: 'Figures',
  articles: 'Articles',
  charts: 'Charts',
  /** How an article is named where a figure is cited (source lines, chart rows). */
  cite: {
    work: (label: string) => `“${label}”`,
    unknownOutlet: 'outlet unknown',
    unknownDate: 'date unknown',
    article: (label: string, outlet: string, date: string) => `“${label}” (${outlet}, ${date})`,
    /** The source a curated label ends with, "… (Dongzhen via 36Kr)". */
    labelTail: /\(([^()]+)\)$/u
  },
  /** A large chart's page cut into parts (ChartParts). */
  chartParts: {
    name: 'Parts of this chart',
    first: 'First part',
    prev: 'Previous part',
    next: 'Next part',
    last: 'Last part',
    csv: (n: number) => `All ${n} rows (CSV)`,
    label: (n: number, count: number, from: number, to: number, total: number) =>
      `Part ${n} of ${count} (rows ${from}–${to} of ${total})`
  },
  chartUi: {
    /** Said after a mark's value in its accessible name when its primary record differs. */
    recordDiffersAside: 'the primary record differs',
    /** Before a chart's note on a slide. */
    noteLead: 'Note',
    intro:
      'Every mark is a link to the quote it comes from. Hover or focus a mark with the keyboard to read the quote.',
    dashboard: 'Charts',
    allCharts: 'All charts',
    openChart: 'Open the chart',
    figuresInChart: 'figures',
    moreCharts: (n: number) => `${n} more charts`,
    dataTable: 'Data table',
    rows: 'rows',
    inWords: 'In words',
    notes: 'Notes',
    sources: 'Sources',
    sourceArticles: 'Articles that cite these figures',
    primarySources: 'Primary sources',
    conflicts: 'Conflicting figures',
    noConflicts:
      'No figure in this chart is marked as conflicting or differs from the same claim in another article.',
    sameClaimDiffers: 'Other citations of the same claim disagree',
    chartsWithFigure: 'Charts this figure appears in',
    thisFigureHighlighted: 'This figure is highlighted in the chart.',
    windowOf: (shown: number, total: number) =>
      `Drawn here: this figure and its neighbours, ${shown} of ${total}.`,
    allFiguresInChart: (total: number, part: number, parts: number) =>
      `This figure in the whole chart of ${total}: part ${part} of ${parts} →`,
    qualifier: 'Qualifier',
    legend: 'Legend',
    dated: 'Dated events',
    yearNotStated: 'Year not stated (ordered by month, never placed on the year axis)',
    durations: 'Durations',
    legendExact: 'exact',
    legendApprox: 'approximate (≈)',
    legendLower: 'lower bound: more than or at least (> ≥); the arrow points to larger values',
    legendUpper: 'upper bound: less than or at most (< ≤); the arrow points to smaller values',
    legendRange:
      'range: the article gives two ends or a vague quantity (such as 数百, “several hundred”), drawn from low to high',
    legendRangeExample: (words: string, value: string) => `range (e.g. “${words}” read as ${value})`,
    legendHighlight: 'highlighted',
    legendConflicting: 'conflicting: another citation says otherwise (see the notes)',
    legendRecordDiffers: 'the primary record differs (see the notes)',
    recordNotesHeading: '◆ Where the primary record differs',
    articleSays: 'article',
    recordSays: 'record',
    showRecords: "Show the records' values",
    showArticles: "Show the articles' values",
    showingRecords: "Showing the primary records' values where they differ from the articles.",
    unattributed: 'not attributed by the article',
    legendDay: 'a day',
    legendMonth: 'a month',
    legendSeason: 'a season (fuzzy edges)',
    legendHalf: 'a half-year',
    legendYear: 'a year',
    legendYears: 'several years',
    legendNoYear: 'dates without a year: placed by month only',
    notComparable: 'The bands are in different units, each on its own axis: they are not comparable.',
    /** Tooltip label of a quote taken from the primary record (records switch on). */
    recordSource: 'Record',
    chartTypes: {
      bar: 'bar chart',
      'grouped-bar': 'grouped bar chart',
      interval: 'interval chart',
      'dot-log': 'log-scale dot plot',
      timeline: 'timeline'
    },
    units: {
      '%': 'Percent (%)',
      USD: 'US dollars (US$)',
      CNY: 'Chinese yuan (CN¥)',
      HKD: 'Hong Kong dollars (HK$)',
      count: 'Count',
      people: 'People',
      papers: 'Papers',
      pages: 'Pages',
      cities: 'Cities',
      projects: 'Projects',
      years: 'Years',
      months: 'Months',
      x: 'Times (×)',
      rank: 'Rank',
      year: 'Year',
      date: 'Date',
      EUR: 'Euros (€)',
      JPY: 'Japanese yen (JP¥)',
      GBP: 'Pounds sterling (£)',
      CHF: 'Swiss francs (CHF)',
      TWD: 'New Taiwan dollars (NT$)',
      NGN: 'Nigerian naira (₦)',
      KRW: 'South Korean won (₩)',
      AUD: 'Australian dollars (A$)',
      CAD: 'Canadian dollars (C$)',
      RUB: 'Russian roubles',
      SGD: 'Singapore dollars (S$)',
      INR: 'Indian rupees (₹)',
      pp: 'Percentage points',
      discount: 'Discount (% of list price)'
    },
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
  },
  switchTo: '中文',
  articlesCount: 'articles',
  allArticles: 'All articles',
  figuresCount: 'figures',
  claimsShared: 'claims cited by more than one article',
  conflicts: 'figures in conflict',
  byTopic: 'By topic',
  byArticle: 'By article',
  topic: 'Topic',
  article: 'Article',
  subject: 'Subject',
  metric: 'Metric',
  value: 'Value',
  period: 'Period',
  attributedTo: 'Attributed to',
  status: 'Status',
  quote: 'Quote',
  outlet: 'Outlet',
  platform: 'Platform',
  author: 'Author',
  published: 'Published',
  originalUrl: 'Original URL',
  primarySource: 'Primary source',
  unknown: 'unknown',
  none: 'none',
  note: 'Note',
  qualityNote: 'About this text',
  related: 'Related figures',
  sameClaim: 'The same claim in other articles',
  sameArticle: 'Other figures in this article',
  quoteInContext: 'The quote in context',
  offsets: 'Offsets in the raw text (characters)',
  openQuoteAtSource: 'Find this sentence on the original page',
  archivedCopy: 'Archived copy (raw text, sha256-pinned)',
  readArticle: 'Read the article',
  normalizedView: 'Normalized text (pinyin removed, simplified script)',
  rawView: 'Raw text',
  filter: 'Filter',
  filterPlaceholder: 'subject, metric or article',
  shown: 'Showing',
  of: 'of',
  staticRowsBefore: 'Without JavaScript this page lists only the first',
  staticRowsAfter: 'figures; all of them are in',
  sortBy: 'Sort by',
  reliability: 'Reliability',
  verdictsMean: 'What the verdicts mean',
  figuresInArticle: 'Figures in this article',
  dataDownloads: 'Data downloads',
  data: 'Data',
  checks: 'Checks',
  footer: 'Every number is quoted from its article; every number links to the sentence it came from.',
  skip: 'Skip to content',
  title: 'Title',
  englishOriginal: '',
  statusNames: { 'as-cited': 'as cited', corroborated: 'corroborated', conflicting: 'conflicting' },
  topicNames: {
    'cloud-market': 'Cloud market',
    research: 'Research & papers',
    compute: 'Compute & the race',
    money: 'Money',
    people: 'Talent & people',
    events: 'Events & dates'
  },
  present: {
    title: 'Present',
    deck: 'slide deck',
    slide: 'slide',
    controls: 'Slides',
    previous: 'Previous slide',
    next: 'Next slide',
    fullscreen: 'Full screen (F)',
    keys: 'Next/previous: ← →, Page Up/Down, Space; Home/End: first/last; F: full screen',
    /** A chart cut across slides: its title, and which part of how many. */
    partTitle: (title: string, part: number, parts: number) => `${title} (${part}/${parts})`,
    subset: (shown: number, total: number, perTopic: number) =>
      `${shown} of ${total}, at most ${perTopic} per topic`
  },
  /** The downloads and embeds panel of a chart page (ChartDownloads) and what its script says. */
  downloads: {
    heading: 'Downloads and embeds',
    intro:
      'Every file carries the title, the source and this chart’s address, so readers can get back to the quotes.',
    data: 'Data',
    chartCsv: 'This chart’s data (CSV)',
    allCsv: 'All figures (figures.csv)',
    images: 'Images and slides',
    theme: 'Colours',
    light: 'Light',
    dark: 'Dark',
    svg: 'Download SVG (16:9, vector)',
    png169: 'PNG 16:9 (1920×1080)',
    png43: 'PNG 4:3 (1600×1200)',
    png2x: 'PNG at 2× screen size',
    /** The 2× button once the chart has been measured on screen. */
    png2xSized: (size: string) => `PNG at 2× screen size\u00a0(${size})`,
    pngGroup: 'Download PNG',
    pptx: 'Download PowerPoint (PPTX)',
    pptxNative: 'The bar chart in the PPTX is a native, editable chart.',
    pptxImage: 'This kind of chart is a picture in the PPTX.',
    embed: 'Embed in a web page (iframe)',
    embedHelp: 'Paste this into a web page or an HTML slide deck; the frame resizes to the chart.',
    imageSnippet: 'Static image (where frames are not allowed)',
    imageHelp:
      'E-mail, newsletters and the like cannot show frames: this shows the PNG hosted on this site, linked to the chart page.',
    copy: 'Copy',
    copyEmbed: 'Copy the embed code',
    copyImage: 'Copy the image code',
    copied: 'Copied to the clipboard.',
    selected: 'The text is selected: press Ctrl+C (⌘C) to copy it.',
    working: 'Working…',
    saved: (name: string) => `Saved: ${name}`,
    failed: (why: string) => `Could not make the file: ${why}`,
    noChart: 'The chart is not on the page.',
    preview: 'Link preview image (1200×630)',
    byUrl: 'Insert the image by URL',
    byUrlHelp:
      'This chart’s PNG has a fixed address. In Google Slides choose Insert → Image → By URL and paste it; Keynote, e-mail and newsletters can use it as it is.',
    copyUrl: 'Copy the image address',
    byUrlLocal:
      'This copy of the site runs on this computer (a local address), which Google Slides and the like cannot fetch from: build with CITED_FIGURES_SITE_URL and publish, and the public address shows here.',
    guide: 'Using the chart in a presentation',
    guideItems: [
      [
        'PowerPoint',
        'Download the PPTX (bar charts stay editable) or insert the PNG; then select the picture, Insert → Link, and paste the chart page’s address.'
      ],
      [
        'Keynote',
        'Insert the PNG, or the SVG (vector, sharp at any size), and add the chart page’s link to the picture or the notes.'
      ],
      [
        'Google Slides',
        'Insert → Image → By URL with the PNG address above; then Insert → Link to the chart page.'
      ],
      [
        'HTML decks / reveal.js',
        'Paste the iframe code into a slide: the chart stays interactive and every mark still links to its quote.'
      ]
    ]
  },
  checksPage: {
    heading: 'Every figure, checked',
    intro:
      'Each figure was checked against its primary record (report, dataset, filing, statement, or the most authoritative reporting); where none was found, the note says what was searched.',
    verdict: 'Verdict',
    all: 'all',
    figure: 'Figure',
    articleSays: 'Article says',
    recordSays: 'Record says',
    record: 'Record'
  },
  verdict: 'Verdict'
} as const;
