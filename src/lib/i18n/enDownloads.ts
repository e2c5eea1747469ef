/**
 * The English words of a chart page's downloads and embeds panel (ChartDownloads) and of what its script says
 * (enhance/downloadActions): part of en.ts, kept apart only for the file's length.
 */
export const enDownloads = {
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
} as const;
