/**
 * The Chinese words of a chart page's downloads and embeds panel (ChartDownloads) and of what its script says
 * (enhance/downloadActions): part of zh.ts, kept apart only for the file's length. Full-width punctuation (tests/unit/i18n/zhPunctuation.test.ts checks it with the rest).
 */
export const zhDownloads = {
  heading: '下载与嵌入',
  intro: '每个文件都带着标题、来源和本图表的网址，便于读者回到原文引述。',
  data: '数据',
  chartCsv: '本图表的数据（CSV）',
  allCsv: '全部数字（figures.csv）',
  images: '图片与幻灯片',
  theme: '配色',
  light: '浅色',
  dark: '深色',
  svg: '下载SVG（16:9，矢量）',
  png169: 'PNG 16:9（1920×1080）',
  png43: 'PNG 4:3（1600×1200）',
  png2x: 'PNG 屏幕尺寸的2倍',
  /** The 2× button once the chart has been measured on screen. */
  png2xSized: (size: string) => `PNG 屏幕尺寸的2倍（${size}）`,
  pngGroup: '下载PNG',
  pptx: '下载PowerPoint（PPTX）',
  pptxNative: 'PPTX中的柱状图是可编辑的原生图表。',
  pptxImage: '此类图表在PPTX中以图片呈现。',
  embed: '嵌入网页（iframe）',
  embedHelp: '把这段代码贴进网页或HTML幻灯片；框架会随图表自动调整高度。',
  imageSnippet: '静态图片（无法嵌入框架的地方）',
  imageHelp: '邮件、新闻简报等不能嵌入框架：这段代码显示本站托管的PNG，并链接到图表页。',
  copy: '复制',
  copyEmbed: '复制嵌入代码',
  copyImage: '复制图片代码',
  copied: '已复制到剪贴板。',
  selected: '已选中文本，请按 Ctrl+C（⌘C）复制。',
  working: '正在生成…',
  saved: (name: string) => `已生成：${name}`,
  failed: (why: string) => `生成失败：${why}`,
  noChart: '页面上找不到图表。',
  preview: '链接预览图（1200×630）',
  byUrl: '按网址插入图片',
  byUrlHelp:
    '本图表的PNG有固定网址。在 Google 幻灯片中选择“插入 → 图片 → 按网址”，粘贴这个地址；Keynote、邮件和新闻简报也可以直接使用。',
  copyUrl: '复制图片网址',
  byUrlLocal:
    '这份网站运行在本机（本地地址），Google 幻灯片等无法从这里取图：构建时设置 CITED_FIGURES_SITE_URL 并发布后，这里会显示公开网址。',
  guide: '在演示文稿中使用',
  guideItems: [
    ['PowerPoint', '下载PPTX（柱状图可编辑），或插入PNG；再选中图片，插入链接，粘贴图表页网址。'],
    ['Keynote', '插入PNG或SVG（矢量，放大不失真），并在备注或图片上加上图表页链接。'],
    ['Google 幻灯片', '插入 → 图片 → 按网址，粘贴上面的PNG网址；再用“插入链接”指向图表页。'],
    ['HTML 幻灯片 / reveal.js', '把iframe代码贴进一张幻灯片；图表保持可交互，每个图形仍链接到引述。']
  ]
} as const;
