// The fixed FAQ topic keys (../shared/knowledge/topics.yaml); the evaluation sets use them, so
// they never change name. test/knowledge/faq-seed.test.ts keeps this list equal to the YAML.
export const TOPICS = [
  "visa.e7.overview",
  "visa.e7.requirements",
  "visa.e7.apply",
  "visa.e7_4.transition",
  "visa.f2r.overview",
  "visa.f2r.eligibility",
  "visa.f2r.apply",
  "visa.f2r.obligations",
  "visa.d10.jobseeking",
  "visa.extension",
  "visa.arc",
  "visa.overstay",
  "visa.reentry",
  "visa.family",
  "visa.hikorea",
  "labor.min_wage",
  "labor.wage_arrears",
  "labor.severance",
  "labor.weekly_holiday",
  "labor.working_hours",
  "labor.contract",
  "labor.industrial_accident",
  "labor.workplace_change",
  "labor.harassment",
  "labor.dismissal",
  "labor.insurance",
  "medical.emergency_info",
  "medical.nhis_enrollment",
  "medical.nhis_premium",
  "medical.find_hospital",
  "medical.uninsured_support",
  "medical.interpretation",
  "medical.maternity",
  "medical.mental_health",
  "life.helplines",
  "life.center_services",
  "life.korean_class",
  "life.housing",
  "life.banking_phone",
  "life.driving",
  "life.legal_aid",
  "life.domestic_violence",
  "life.disaster_alerts",
  "meta.human",
  "meta.language",
  "meta.menu",
] as const;

export type Topic = (typeof TOPICS)[number];

export function isTopic(value: string): value is Topic {
  return (TOPICS as readonly string[]).includes(value);
}

// Where a resident checks a figure that may have changed, by topic group (facts.md 0.1 and 0.6).
const WHERE_TO_CHECK: Record<string, string> = {
  visa: "1345 / www.hikorea.go.kr",
  labor: "1350 / www.moel.go.kr",
  medical: "NHIS 1577-1000",
  life: "1345",
};

/** The official line or site that confirms the current rule of a topic. */
export function whereToCheck(topic: string): string {
  return WHERE_TO_CHECK[topic.split(".")[0] ?? ""] ?? "1345";
}

/** Outcomes the evaluation sets use besides topic keys. */
export const OUTCOME_LABELS = ["escalate", "emergency", "smalltalk"] as const;
