/** Where each official table starts in a report's text: the heading of its section (一、… markers vary; the words do not). */
export const TABLE_HEADINGS: Record<'表二' | '表三' | '表四', RegExp> = {
  // 二、主动公开政府信息情况
  表二: /[二2][、.]\s*主动公开政府信息/g,
  // 三、收到和处理政府信息公开申请情况
  表三: /[三3][、.]\s*收到和处理政府信息公开申请/g,
  // 四、政府信息公开行政复议、行政诉讼情况 / 四、政府信息公开行政法复议、行政诉讼情况 (022)
  表四: /[四4][、.]\s*(?:政府信息公开)?(?:行政法?复议|因政府信息公开)/g,
};
