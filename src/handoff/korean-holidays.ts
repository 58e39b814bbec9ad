// Korean public holidays (Regulations on Holidays of Government Offices), including substitute
// holidays, for the years Dari is configured for. Lunar-calendar holidays move every year:
// add the next year's dates each autumn, and a centre's own closed days with CENTER_CLOSED_DAYS.
export const KOREAN_PUBLIC_HOLIDAYS: Record<number, string[]> = {
  2026: [
    "2026-01-01",
    "2026-02-16",
    "2026-02-17",
    "2026-02-18", // Seollal
    "2026-03-01",
    "2026-03-02", // Independence Movement Day + substitute
    "2026-05-05", // Children's Day
    "2026-05-24",
    "2026-05-25", // Buddha's Birthday + substitute
    "2026-06-03", // local elections
    "2026-06-06", // Memorial Day
    "2026-08-15",
    "2026-08-17", // Liberation Day + substitute
    "2026-09-24",
    "2026-09-25",
    "2026-09-26", // Chuseok
    "2026-10-03",
    "2026-10-05", // National Foundation Day + substitute
    "2026-10-09", // Hangul Day
    "2026-12-25",
  ],
  2027: [
    "2027-01-01",
    "2027-02-06",
    "2027-02-07",
    "2027-02-08",
    "2027-02-09", // Seollal + substitute
    "2027-03-01",
    "2027-05-05",
    "2027-05-13", // Buddha's Birthday
    "2027-06-06",
    "2027-08-15",
    "2027-08-16",
    "2027-09-14",
    "2027-09-15",
    "2027-09-16", // Chuseok
    "2027-10-03",
    "2027-10-04",
    "2027-10-09",
    "2027-10-11",
    "2027-12-25",
    "2027-12-27",
  ],
};
