import { z } from 'zod';

const n = z.number().optional();

/** One row of 表三: a count per applicant type (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他) and 总计. */
export const ApplicantRowSchema = z.object({
  naturalPerson: n,
  commercial: n,
  research: n,
  social: n,
  legal: n,
  otherOrg: n,
  total: n,
});
export type ApplicantRow = z.infer<typeof ApplicantRowSchema>;

/** 规章 / 行政规范性文件 in 表二 (2021: issued/repealed/inForce; 2019: newlyMade/newlyPublished/totalPublished). */
export const DocumentCountsSchema = z.object({
  issued: n, // 本年制发
  repealed: n, // 本年废止
  inForce: n, // 现行有效
  newlyMade: n, // 本年新制作 (2019)
  newlyPublished: n, // 本年新公开 (2019)
  totalPublished: n, // 对外公开总数量 (2019)
});

/** 行政许可 / 行政处罚 / 行政强制 … in 表二. */
export const DecisionCountsSchema = z.object({
  decisions: n, // 本年处理决定数量 (2021) / 处理决定数量 (2019)
  itemsLastYear: n, // 上一年项目数量 (2019)
  itemsChange: n, // 本年增/减 (2019)
});

export const ProactiveSchema = z.object({
  regulations: DocumentCountsSchema.optional(),
  normativeDocuments: DocumentCountsSchema.optional(),
  licensing: DecisionCountsSchema.optional(),
  punishment: DecisionCountsSchema.optional(),
  enforcement: DecisionCountsSchema.optional(),
  /** 其他对外管理服务事项 (2019 表二). */
  otherServices: DecisionCountsSchema.optional(),
  /** 行政事业性收费 项目数量 (2019 表二: 上一年项目数量, 本年增/减). */
  feeItems: DecisionCountsSchema.optional(),
  /** 政府集中采购 (2019 表二): 采购项目数量, 采购总金额 (元). */
  procurement: z.object({ projects: n, amountYuan: n }).optional(),
  /** 行政事业性收费 本年收费金额 (万元), as the table states it. */
  feesTenThousandYuan: n,
  /** 主动公开政府信息 N 条 this year (prose era, and 2019+ prose). */
  totalPublished: n,
  /** 累计主动公开 N 条 — cumulative, not this year's. */
  cumulativePublished: n,
  /** 全文电子化率 (%). */
  fullTextElectronicRate: n,
  /** Stated breakdowns, keyed by the category as written (机构职能类, 法规文件类 …). */
  categories: z.record(z.string(), z.number()).optional(),
});

export const DeniedSchema = z.object({
  stateSecret: ApplicantRowSchema.optional(),
  lawForbidden: ApplicantRowSchema.optional(),
  threeSecurityOneStability: ApplicantRowSchema.optional(),
  thirdParty: ApplicantRowSchema.optional(),
  internalAffairs: ApplicantRowSchema.optional(),
  processInfo: ApplicantRowSchema.optional(),
  enforcementFile: ApplicantRowSchema.optional(),
  querySubject: ApplicantRowSchema.optional(),
  /** Prose era: 不予公开 as one figure. */
  total: ApplicantRowSchema.optional(),
});
export const UnavailableSchema = z.object({
  notHeld: ApplicantRowSchema.optional(),
  needsCreation: ApplicantRowSchema.optional(),
  unclearAfterCorrection: ApplicantRowSchema.optional(),
  total: ApplicantRowSchema.optional(),
});
export const NotProcessedSchema = z.object({
  petitionComplaint: ApplicantRowSchema.optional(),
  repeated: ApplicantRowSchema.optional(),
  publication: ApplicantRowSchema.optional(),
  massRepeated: ApplicantRowSchema.optional(),
  confirmation: ApplicantRowSchema.optional(),
  total: ApplicantRowSchema.optional(),
});
/** 2021 format: three rows. The 2019 format has one 其他处理 row, stored as an ApplicantRow. */
export const OtherHandlingSchema = z.union([
  // strict: a 2019 row ({naturalPerson, …, total}) must not match this and be stripped to {}
  z
    .object({
      overdueCorrection: ApplicantRowSchema.optional(),
      unpaidFee: ApplicantRowSchema.optional(),
      other: ApplicantRowSchema.optional(),
    })
    .strict(),
  ApplicantRowSchema,
]);

export const ApplicationsSchema = z.object({
  newReceived: ApplicantRowSchema.optional(),
  carriedOver: ApplicantRowSchema.optional(),
  granted: ApplicantRowSchema.optional(),
  partiallyGranted: ApplicantRowSchema.optional(),
  denied: DeniedSchema.optional(),
  unavailable: UnavailableSchema.optional(),
  notProcessed: NotProcessedSchema.optional(),
  otherHandling: OtherHandlingSchema.optional(),
  totalHandled: ApplicantRowSchema.optional(),
  carriedForward: ApplicantRowSchema.optional(),
});

/** 表四 columns: 结果维持 结果纠正 其他结果 尚未审结 总计. */
export const ReviewOutcomeSchema = z.object({
  upheld: n,
  corrected: n,
  other: n,
  pending: n,
  total: n,
});
export const ReviewsAndLawsuitsSchema = z.object({
  review: ReviewOutcomeSchema.optional(),
  lawsuitDirect: ReviewOutcomeSchema.optional(),
  lawsuitAfterReview: ReviewOutcomeSchema.optional(),
  /** Prose era: 行政诉讼 as one figure when the text does not say whether a review came first. */
  lawsuit: ReviewOutcomeSchema.optional(),
});

/** 咨询 figures stated in prose reports. */
export const ConsultationsSchema = z.object({
  total: n,
  phone: n,
  inPerson: n,
  online: n,
});

/** The official report format's figures. Absent field = not reported. */
export const IndicatorsSchema = z.object({
  /** Which official format the figures follow. */
  format: z.enum(['prose', '2019', '2021']).optional(),
  proactive: ProactiveSchema.optional(),
  applications: ApplicationsSchema.optional(),
  reviewsAndLawsuits: ReviewsAndLawsuitsSchema.optional(),
  /** 信息处理费 (or prose-era 依申请公开收费) actually charged, in yuan. */
  feesCollectedYuan: n,
  /** 减免 in yuan. */
  feesWaivedYuan: n,
  consultations: ConsultationsSchema.optional(),
  /** 政府信息公开工作经费, in yuan. */
  fundingYuan: n,
});
export type Indicators = z.infer<typeof IndicatorsSchema>;

/** Why an indicator holds its value: the key path, the facts and the text. */
export const IndicatorSourceSchema = z.object({
  /** Dotted key, e.g. `applications.newReceived.total`. */
  key: z.string(),
  value: z.number(),
  /** Indexes into `Report.facts`. */
  facts: z.array(z.number().int().nonnegative()),
  quote: z.string(),
  span: z.object({ start: z.number().int(), end: z.number().int() }),
  /** How the value was reached: read from a table cell, from prose, or derived (e.g. a blank total summed). */
  how: z.enum(['table', 'prose', 'derived']),
  rule: z.string().optional(),
  /** Set when the figure is approximate (占比超八成, 近千条): the value is the written figure, never a guess. */
  approx: z.enum(['more-than', 'about', 'less-than']).optional(),
});
export type IndicatorSource = z.infer<typeof IndicatorSourceSchema>;
