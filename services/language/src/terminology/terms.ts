// The municipal terminology: names of offices and documents and how each target language writes them, so that
// every machine translation says „Bürgerbüro“ the same way. Written by the project from the usage of German
// cities' multilingual pages; a city's translators should check and extend it (a draft until they have).
// `variants` are other renderings a model may produce that are replaced by the preferred term; they are listed
// only where the replacement cannot break the grammar around it (fixed, uninflected phrases).

export interface TargetTerm {
  /** The preferred rendering. */
  term: string;
  /** Other renderings that are rewritten to `term`. */
  variants?: readonly string[];
}

export interface TermEntry {
  /** The German noun lemma as it stands in the source (inflected forms are found too). */
  de: string;
  targets: Readonly<Record<string, TargetTerm>>;
}

type Row = [de: string, en: string, tr: string, ar: string, uk: string, ru: string, pl: string, fa: string];
const LANGS = ['en', 'tr', 'ar', 'uk', 'ru', 'pl', 'fa'] as const;

const ROWS: readonly Row[] = [
  [
    'Bürgerbüro',
    "Citizens' Office",
    'Vatandaş Bürosu',
    'مكتب خدمة المواطنين',
    'бюро обслуговування громадян',
    'бюро обслуживания граждан',
    'Biuro Obsługi Obywateli',
    'دفتر خدمات شهروندی',
  ],
  [
    'Personalausweis',
    'identity card',
    'kimlik kartı',
    'بطاقة الهوية',
    'посвідчення особи',
    'удостоверение личности',
    'dowód osobisty',
    'کارت شناسایی',
  ],
  ['Reisepass', 'passport', 'pasaport', 'جواز السفر', 'паспорт', 'паспорт', 'paszport', 'گذرنامه'],
  [
    'Meldebescheinigung',
    'certificate of registration',
    'ikamet belgesi',
    'شهادة تسجيل السكن',
    'довідка про реєстрацію',
    'справка о регистрации',
    'zaświadczenie o zameldowaniu',
    'گواهی ثبت محل سکونت',
  ],
  [
    'Wohngeld',
    'housing benefit',
    'kira yardımı',
    'إعانة السكن',
    'житлова допомога',
    'жилищное пособие',
    'dodatek mieszkaniowy',
    'کمک هزینه مسکن',
  ],
  [
    'Ausländerbehörde',
    'Immigration Office',
    'Yabancılar Dairesi',
    'دائرة الأجانب',
    'відомство у справах іноземців',
    'ведомство по делам иностранцев',
    'Urząd ds. Cudzoziemców',
    'اداره اتباع خارجی',
  ],
  [
    'Standesamt',
    'Registry Office',
    'Nüfus Dairesi',
    'دائرة الأحوال المدنية',
    'РАЦС',
    'ЗАГС',
    'Urząd Stanu Cywilnego',
    'اداره ثبت احوال',
  ],
  [
    'Führungszeugnis',
    'certificate of good conduct',
    'iyi hal belgesi',
    'شهادة حسن السيرة والسلوك',
    'довідка про несудимість',
    'справка о несудимости',
    'zaświadczenie o niekaralności',
    'گواهی عدم سوء پیشینه',
  ],
  [
    'Aufenthaltstitel',
    'residence permit',
    'oturma izni',
    'تصريح الإقامة',
    'дозвіл на проживання',
    'вид на жительство',
    'zezwolenie na pobyt',
    'اجازه اقامت',
  ],
  [
    'Kindergeld',
    'child benefit',
    'çocuk parası',
    'إعانة الأطفال',
    'допомога на дитину',
    'пособие на ребёнка',
    'zasiłek na dziecko',
    'کمک هزینه فرزند',
  ],
  [
    'Elterngeld',
    'parental allowance',
    'ebeveyn parası',
    'إعانة الوالدين',
    'батьківська допомога',
    'родительское пособие',
    'zasiłek rodzicielski',
    'کمک هزینه والدین',
  ],
  [
    'Geburtsurkunde',
    'birth certificate',
    'doğum belgesi',
    'شهادة الميلاد',
    'свідоцтво про народження',
    'свидетельство о рождении',
    'akt urodzenia',
    'گواهی تولد',
  ],
  [
    'Fundbüro',
    'lost property office',
    'kayıp eşya bürosu',
    'مكتب المفقودات',
    'бюро знахідок',
    'бюро находок',
    'biuro rzeczy znalezionych',
    'دفتر اشیای گمشده',
  ],
  [
    'Finanzamt',
    'tax office',
    'vergi dairesi',
    'مكتب الضرائب',
    'податкове управління',
    'налоговое управление',
    'urząd skarbowy',
    'اداره مالیات',
  ],
  [
    'Jugendamt',
    'Youth Welfare Office',
    'Gençlik Dairesi',
    'مكتب رعاية الشباب',
    'служба у справах дітей',
    'ведомство по делам молодёжи',
    'Urząd ds. Młodzieży',
    'اداره امور جوانان',
  ],
  [
    'Einbürgerung',
    'naturalisation',
    'vatandaşlığa geçiş',
    'التجنس',
    'натуралізація',
    'натурализация',
    'naturalizacja',
    'اخذ تابعیت',
  ],
  [
    'Briefwahl',
    'postal vote',
    'mektupla oy verme',
    'التصويت بالبريد',
    'голосування поштою',
    'голосование по почте',
    'głosowanie korespondencyjne',
    'رأی‌گیری پستی',
  ],
  [
    'Gewerbeanmeldung',
    'business registration',
    'işyeri kaydı',
    'تسجيل النشاط التجاري',
    'реєстрація підприємницької діяльності',
    'регистрация предпринимательской деятельности',
    'rejestracja działalności gospodarczej',
    'ثبت کسب‌وکار',
  ],
  [
    'Wohnungsgeberbestätigung',
    "landlord's confirmation",
    'ev sahibi onayı',
    'تأكيد المؤجر',
    'підтвердження орендодавця',
    'подтверждение арендодателя',
    'potwierdzenie wynajmującego',
    'تأییدیه صاحبخانه',
  ],
  ['Jobcenter', 'Jobcenter', 'Jobcenter', 'مركز العمل', 'джобцентр', 'джобцентр', 'Jobcenter', 'جاب‌سنتر'],
];

/** Fixed English renderings a general model tends to produce instead of the city's terms. */
const ENGLISH_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  Bürgerbüro: ["Citizen's Office", 'Citizens Office', 'Citizen Office', 'citizens’ office', 'citizen service office'],
  Personalausweis: ['identity document', 'personal identity card', 'ID card'],
  Meldebescheinigung: ['registration certificate', 'certificate of residence'],
  Führungszeugnis: ['police clearance certificate', 'certificate of conduct'],
  Fundbüro: ['lost and found office', 'lost-and-found office'],
  Standesamt: ['registrar’s office', "registrar's office"],
  Ausländerbehörde: ['foreigners’ office', "foreigners' office", 'aliens office', 'Foreigners Authority'],
};

export const MUNICIPAL_TERMS: readonly TermEntry[] = ROWS.map(([de, ...targets]) => ({
  de,
  targets: Object.fromEntries(
    LANGS.map((lang, i) => [
      lang,
      lang === 'en' && ENGLISH_VARIANTS[de]
        ? { term: targets[i]!, variants: ENGLISH_VARIANTS[de] }
        : { term: targets[i]! },
    ]),
  ),
}));
