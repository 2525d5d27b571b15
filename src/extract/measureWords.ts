/**
 * Measure words (量词) that make a number a count. One entry per word with a real example; the regex is built from
 * this table, longest first (人次 before 人, 场次 before 场, 大类 before 类). Words that mark time (年 月 日 小时 天),
 * ranks (届 版 级) or places (号 层 楼) are deliberately absent: those numbers are not measurements.
 */
export const MEASURE_WORDS: ReadonlyArray<{ word: string; example: string }> = [
  { word: '条', example: '主动公开政府信息2949条' },
  { word: '件', example: '收到政府信息公开申请75件' },
  { word: '次', example: '共接受市民咨询475次' },
  { word: '人次', example: '专栏访问量达133890人次' },
  { word: '项', example: '全区权力清单事项2917项' },
  { word: '个', example: '开设窗口24个' },
  { word: '份', example: '政府征地转发批文12份' },
  { word: '场', example: '市政府新闻发布会 42 场' },
  { word: '场次', example: '开展互动活动42场次' },
  { word: '篇', example: '十篇范文' },
  { word: '期', example: '刊出政务公开栏12期' },
  { word: '套', example: '389套房子' },
  { word: '宗', example: '发布征地告知书202宗' },
  { word: '轮', example: '推进3轮督促整改工作' },
  { word: '起', example: '受理各类群众诉求259起' },
  { word: '家', example: '已入驻中介机构868家' },
  { word: '人', example: '由1人专门负责此项工作' },
  { word: '名', example: '拥有粉丝10659名' },
  { word: '通', example: '热线电话11通' },
  { word: '大类', example: '将8大类348项公共服务事项' },
  { word: '大项', example: '229大项539小项' },
  { word: '小项', example: '229大项539小项' },
  { word: '类', example: '分为9类' },
  { word: '批', example: '分3批公布' },
  { word: '处', example: '设立查阅点5处' },
  { word: '台', example: '配置查询终端10台' },
  { word: '本', example: '印发《便民手册》3000本' },
  { word: '册', example: '印制宣传册2000册' },
  { word: '张', example: '发放宣传资料500张' },
  { word: '户', example: '走访企业30户' },
  { word: '位', example: '邀请3位专家' },
  { word: '例', example: '处理投诉5例' },
  { word: '所', example: '覆盖学校12所' },
  { word: '部', example: '制作宣传片2部' },
  { word: '卷', example: '整理档案120卷' },
  { word: '页', example: '《便民一本通》共100页' },
];

/** Regex alternation of the measure words, longest first. */
export const MEASURE_WORD_SOURCE = [...MEASURE_WORDS]
  .map((m) => m.word)
  .sort((a, b) => b.length - a.length)
  .join('|');
