/**
 * Every page the catalog cites. Slugs are kebab-case and unique; facts refer to them by slug.
 * Some pages were read as stored copies that may be years old: each fact says how sure we are.
 */
import type { Source } from "./types";

export const sources: Source[] = [
  // The article the four headline paths come from.
  {
    slug: "study-com-2019",
    url: "https://study.com/articles/career_advancement_in_sonography.html",
    title: "Career Advancement in Sonography",
    publisher: "Study.com",
  },

  // ARDMS and APCA
  {
    slug: "ardms-get-certified",
    url: "http://www.ardms.org/get-certified/Pages/default.aspx",
    title: "Get Certified",
    publisher: "ARDMS",
  },
  {
    slug: "ardms-five-year-rule",
    url: "https://ardms.org/get-certified/Pages/five-year-rule.aspx",
    title: "Five-Year Rule",
    publisher: "ARDMS",
  },
  {
    slug: "ardms-msk-exam",
    url: "http://ardms.org/get-certified/Pages/Musculoskeletal-Sonographer-Examination.aspx",
    title: "Musculoskeletal Sonographer Examination",
    publisher: "ARDMS",
  },
  {
    slug: "ardms-cme",
    url: "https://www.ardms.org/maintain-certification/cme/",
    title: "Continuing Medical Education (CME)",
    publisher: "ARDMS",
  },
  {
    slug: "ardms-cme-audit-reinstatement",
    url: "https://ardms.org/maintain-certification/cme/reinstatement-cme-audit",
    title: "Reinstatement after a CME audit",
    publisher: "ARDMS",
  },
  {
    slug: "ardms-annual-renewal-fee",
    url: "http://www.ardms.org/registrant_resources/annual_renewal_fee",
    title: "Annual Renewal Fee",
    publisher: "ARDMS",
  },
  {
    slug: "ardms-renewal-2017",
    url: "http://www.ardms.org/Maintain-Certification/Renewals/Pages/Reinstatement%20(Renewal%20Non-payment).aspx",
    title: "Reinstatement (Renewal Non-payment), 2017 cycle",
    publisher: "ARDMS",
  },
  {
    slug: "ardms-reinstatement-2024",
    url: "https://www.ardms.org/maintain-certification/registry-renewal/reinstatement-renewal-non-payment/",
    title: "Reinstatement (Renewal Non-payment)",
    publisher: "ARDMS",
  },
  {
    slug: "ardms-knowledge-confirmation",
    url: "https://www.ardms.org/maintain-certification/knowledge-confirmation-with-ardms/",
    title: "Knowledge Confirmation with ARDMS",
    publisher: "ARDMS",
  },
  {
    slug: "ardms-knowledge-confirmation-vs-recertification",
    url: "https://ardms.org/knowledge-confirmation-vs-recertification",
    title: "Knowledge Confirmation vs. Recertification",
    publisher: "ARDMS",
  },
  {
    slug: "apca-recertification",
    url: "https://www.apca.org/maintain-certification/recertification/",
    title: "Recertification",
    publisher: "APCA",
  },
  {
    slug: "apca-rmsk-guide",
    url: "https://www.apca.org/certifications-examinations/registered-in-musculoskeletal-sonography/msk-examination-certificate-guide/",
    title: "RMSK Examination and Certificate Guide",
    publisher: "APCA",
  },
  {
    slug: "readkong-ardms-prerequisites",
    url: "https://www.readkong.com/page/ardms-general-prerequisites-7235818",
    title: "ARDMS General Prerequisites (copy)",
    publisher: "ReadKong",
  },
  {
    slug: "testprepreview-fe",
    url: "https://testprepreview.com/fetal-echocardiography-fe-specialty-exam.htm",
    title: "Fetal Echocardiography (FE) Specialty Exam",
    publisher: "Test Prep Review",
  },
  {
    slug: "prepry-adult-echo",
    url: "https://www.prepry.com/exam-guides/adult-echo",
    title: "Adult Echocardiography exam guide",
    publisher: "Prepry",
  },
  {
    slug: "ultrasounddegree-spi",
    url: "https://ultrasounddegree.com/?p=8838",
    title: "SPI exam article",
    publisher: "UltrasoundDegree.com",
  },
  {
    slug: "esp-inc-ardms-2026",
    url: "https://esp-inc.com/?p=59436",
    title: "ARDMS Knowledge Confirmation and CME changes",
    publisher: "ESP Ultrasound",
  },
  {
    slug: "takece-renewal-guide",
    url: "https://www.takece.com/post/ultrasound-credential-renewal-guide",
    title: "Ultrasound Credential Renewal Guide",
    publisher: "TakeCE",
  },

  {
    slug: "ardms-sample-letters",
    url: "https://ardms.org/get-certified/application-and-exam-resources/sample-letters",
    title: "Sample Letters",
    publisher: "ARDMS",
  },
  {
    slug: "ardms-clinical-verification-2014",
    url: "http://www.ardms.org/apply/documentation_requirements/clinical_verification/",
    title: "Clinical Verification (2014 page)",
    publisher: "ARDMS",
  },
  {
    slug: "ardms-prerequisite-2",
    url: "http://www.ardms.org/default.asp?ContentID=871&order=5",
    title: "Prerequisite 2",
    publisher: "ARDMS",
  },
  {
    slug: "ardms-prerequisite-2-letter-copy",
    url: "https://pdf4pro.com/view/prerequisite-2-application-sample-letter-ardms-467ee.html",
    title: "Prerequisite 2 Application Sample Letter (copy)",
    publisher: "ARDMS",
  },
  {
    slug: "ardms-helpful-tips",
    url: "https://ardms.org/helpful-tips",
    title: "Helpful Tips",
    publisher: "ARDMS",
  },
  {
    slug: "ardms-public-comment",
    url: "https://www.ardms.org/discover-ardms/about-ardms/public-comment/",
    title: "Public Comment",
    publisher: "ARDMS",
  },
  {
    slug: "ardms-msk-guide-2016",
    url: "http://digital.corporatepress.com/i/660250/6",
    title: "Musculoskeletal examinations guide (digital edition)",
    publisher: "ARDMS",
  },
  {
    slug: "midlands-tech-cvs-requirements",
    url: "https://www.midlandstech.edu/cardiovascular-sonography-standards-and-clinical-requirements",
    title: "Cardiovascular Sonography Standards and Clinical Requirements",
    publisher: "Midlands Technical College",
  },
  {
    slug: "caahep-for-students",
    url: "http://www.caahep.org/forstudents",
    title: "For Students: Eligibility to Sit for ARDMS Exams",
    publisher: "CAAHEP",
  },

  // CCI
  {
    slug: "cci-rcs",
    url: "http://www.cci-online.org/content/registered-cardiac-sonographer-rcs",
    title: "Registered Cardiac Sonographer (RCS)",
    publisher: "Cardiovascular Credentialing International",
  },
  {
    slug: "cci-rcs-overview-2022",
    url: "https://scribd.com/document/644322487/2022-RCS-Overview-June-2023-pdf",
    title: "RCS Overview, 2022 edition (June 2023 copy)",
    publisher: "Cardiovascular Credentialing International",
  },
  {
    slug: "cci-rcs-overview-fdocuments",
    url: "https://fdocuments.net/document/registered-cardiac-sonographer-ultrasound-instrumentation-ultrasound-physics.html",
    title: "Registered Cardiac Sonographer overview (copy)",
    publisher: "Cardiovascular Credentialing International",
  },
  {
    slug: "cci-exam-overview",
    url: "http://cci-online.org/content/exam-overview",
    title: "Exam Overview",
    publisher: "Cardiovascular Credentialing International",
  },
  {
    slug: "cci-rvs",
    url: "http://www.cci-online.org/content/registered-vascular-specialist-rvs",
    title: "Registered Vascular Specialist (RVS)",
    publisher: "Cardiovascular Credentialing International",
  },
  {
    slug: "cci-faqs",
    url: "https://cci-online.org/faqs/",
    title: "FAQs",
    publisher: "Cardiovascular Credentialing International",
  },
  {
    slug: "cci-renew",
    url: "https://cci-online.org/renew-credentials/",
    title: "Renew Credentials",
    publisher: "Cardiovascular Credentialing International",
  },
  {
    slug: "cci-acs-overview-2018",
    url: "https://www.scribd.com/document/699620333/CCI-ACS-Exam-Overview-092018",
    title: "ACS Exam Overview (September 2018 copy)",
    publisher: "Cardiovascular Credentialing International",
  },
  {
    slug: "ultrasounddegree-cci",
    url: "https://ultrasounddegree.com/cci-credentials/",
    title: "CCI Credentials",
    publisher: "UltrasoundDegree.com",
  },

  {
    slug: "cci-acs-2018",
    url: "http://cci-online.org/acs?quicktabs_10=3",
    title: "Advanced Cardiac Sonographer (ACS), eligibility tab (2018)",
    publisher: "Cardiovascular Credentialing International",
  },
  {
    slug: "cci-acs-credential",
    url: "https://cci-online.org/credentials/advanced-cardiac-sonographer",
    title: "Advanced Cardiac Sonographer",
    publisher: "Cardiovascular Credentialing International",
  },
  {
    slug: "prepry-rcs",
    url: "https://www.prepry.com/exam-guides/rcs",
    title: "RCS exam guide",
    publisher: "Prepry",
  },

  // ARRT
  {
    slug: "arrt-primary-requirements",
    url: "https://www.arrt.org/earn-arrt-credentials/requirements/primary-requirements",
    title: "Primary Requirements",
    publisher: "ARRT",
  },
  {
    slug: "arrt-sonography-primary-only-2019",
    url: "https://arrt.org/news/article/2019/02/13/arrt-to-offer-just-one-eligibility-pathway-for-earning-sonography-credential",
    title: "ARRT to offer just one eligibility pathway for earning sonography credential",
    publisher: "ARRT",
  },
  {
    slug: "arrt-vs-primary-2020",
    url: "https://www.arrt.org/news/article/2020/06/08/arrt-introduces-primary-eligibility-pathway-for-vascular-sonography",
    title: "ARRT introduces primary eligibility pathway for vascular sonography",
    publisher: "ARRT",
  },
  {
    slug: "arrt-postprimary",
    url: "https://www.arrt.org/pages/resources/earn-additional-credentials/earn-additional-credentials-postprimary",
    title: "Earn Additional Credentials: Postprimary",
    publisher: "ARRT",
  },
  {
    slug: "arrt-supporting-categories",
    url: "https://www.arrt.org/pages/earn-arrt-credentials/initial-requirements/postprimary-requirements/education-requirements-postprimary/supporting-category-requirements",
    title: "Supporting Category Requirements",
    publisher: "ARRT",
  },
  {
    slug: "arrt-clinical-experience",
    url: "http://www.arrt.org/pages/earn-arrt-credentials/initial-requirements/postprimary-requirements/education-requirements-postprimary/clinical-experience",
    title: "Clinical Experience (postprimary)",
    publisher: "ARRT",
  },
  {
    slug: "arrt-bs-vs-document-changes",
    url: "https://www.arrt.org/pages/r-t-update/review-changes-to-bs-and-vs-documents",
    title: "Review changes to BS and VS documents",
    publisher: "ARRT",
  },
  {
    slug: "arrt-bs-documents-2025",
    url: "https://www.arrt.org/news/article/2025/11/05/updated-bs-documents-2025",
    title: "Updated Breast Sonography documents",
    publisher: "ARRT",
  },
  {
    slug: "arrt-renewal-fees-2018",
    url: "https://arrt.org/News/Article/renewal-fees-for-2018-increase-slightly",
    title: "Renewal fees for 2018 increase slightly",
    publisher: "ARRT",
  },
  {
    slug: "arrt-cqr",
    url: "https://www.arrt.org/pages/resources/maintaining-credentials/continuing-qualifications-requirements",
    title: "Continuing Qualifications Requirements",
    publisher: "ARRT",
  },

  {
    slug: "arrt-structured-education",
    url: "https://www.arrt.org/earn-arrt-credentials/requirements/postprimary-requirements/education-requirements-postprimary/structured-education-requirements",
    title: "Structured Education Requirements (postprimary)",
    publisher: "ARRT",
  },
  {
    slug: "arrt-procedures-expire-2018",
    url: "https://arrt.org/pages/educator-update/reminder-postprimary-clinical-procedures-expire-after-two-years",
    title: "Reminder: postprimary clinical procedures expire after two years",
    publisher: "ARRT",
  },

  // PARCA
  {
    slug: "parca-cpas",
    url: "http://pacsadmin.org/cpas.cfm",
    title: "Certified PACS Associate (CPAS)",
    publisher: "PARCA",
  },
  {
    slug: "parca-cpsa",
    url: "https://pacsadmin.org/cpsa.cfm",
    title: "Certified PACS System Analyst (CPSA)",
    publisher: "PARCA",
  },
  {
    slug: "parca-prerequisites",
    url: "http://www.pacsadmin.org/prerequisites.php",
    title: "Prerequisites",
    publisher: "PARCA",
  },
  {
    slug: "parca-faqs",
    url: "http://pacsadmin.org/faqs.cfm",
    title: "FAQs",
    publisher: "PARCA",
  },
  {
    slug: "parca-enews-2017-dicom",
    url: "https://parcaenews.blogspot.com/2017/04/new-certification-recognizes-growing.html",
    title: "New certification recognizes growing importance of DICOM",
    publisher: "PARCA eNews",
  },
  {
    slug: "otech-blog-2021-02",
    url: "https://blog.otechimg.com/2021/02/",
    title: "OTech blog, February 2021",
    publisher: "OTech",
  },
  {
    slug: "in2pacs-2016",
    url: "https://www.in2pacsacademy.co.za/single-post/2016/07/08/which-pacs-administrator-certification-is-best-for-south-africa",
    title: "Which PACS administrator certification is best for South Africa?",
    publisher: "In2pacs Academy",
  },
  {
    slug: "healthimaginghub-parca",
    url: "http://healthimaginghub.com/news/pacs/3627-parca-announces-new-certification-level.html",
    title: "PARCA announces new certification level",
    publisher: "Health Imaging Hub",
  },
  {
    slug: "itn-parca-dicom",
    url: "https://itnonline.com/content/parca-adds-new-dicom-certification",
    title: "PARCA adds new DICOM certification",
    publisher: "Imaging Technology News",
  },
  {
    slug: "itn-parca-vs-ciip",
    url: "https://itnonline.com/article/parca-vs-ciip-certification",
    title: "PARCA vs. CIIP certification",
    publisher: "Imaging Technology News",
  },

  // ABII
  {
    slug: "abii-seven-point",
    url: "https://www.abii.org/Seven-Point-Qualification-System.aspx",
    title: "Seven-Point Qualification System",
    publisher: "ABII",
  },
  {
    slug: "abii-qualification",
    url: "https://abii.org/Qualification-Requirements.aspx",
    title: "Qualification Requirements",
    publisher: "ABII",
  },
  {
    slug: "abii-about-exam",
    url: "https://www.abii.org/About-the-Exam.aspx",
    title: "About the Exam",
    publisher: "ABII",
  },
  {
    slug: "abii-maintaining",
    url: "https://www.abii.org/Maintaining-Certification.aspx",
    title: "Maintaining Certification",
    publisher: "ABII",
  },
  {
    slug: "abii-recertification-2014",
    url: "https://www.abii.org/News/2014-08-27-CIIP-Recertification-to-Focus-on-Continuing-Education.aspx",
    title: "CIIP recertification to focus on continuing education",
    publisher: "ABII",
  },

  // AHRA / CRA
  {
    slug: "cra-application",
    url: "https://form.jotform.com/72704206771959",
    title: "CRA application form",
    publisher: "AHRA / RACC",
  },
  {
    slug: "ahra-what-to-know-cra-2016",
    url: "https://link.ahra.org/2016/09/23/what-you-should-know-about-the-cra/",
    title: "What you should know about the CRA",
    publisher: "AHRA",
  },
  {
    slug: "ahra-listen-to-your-herd-2019",
    url: "https://link.ahra.org/2019/08/23/listen-to-your-herd/",
    title: "Listen to your herd",
    publisher: "AHRA",
  },
  {
    slug: "cra-exam-policies",
    url: "https://www.crainfo.org/become-a-cra/cra-exam-policies",
    title: "CRA Exam Policies",
    publisher: "AHRA / RACC",
  },
  {
    slug: "cra-retake",
    url: "https://www.crainfo.org/CRA/Take_the_CRA_Exam/Retaking_CRA_Exam_and_Appeals/CRA/Take_the_Exam/Retaking_CRA_Exam_and_Appeals.aspx?hkey=b8415500-0b4a-4bca-94d7-4b185fad08bc",
    title: "Retaking the CRA Exam and Appeals",
    publisher: "AHRA / RACC",
  },
  {
    slug: "cra-recertification",
    url: "https://crainfo.org/CRA/CRA_Renewal/CRA_Recertification/CRA/CRA_Members/CRA_Recertification.aspx?hkey=289f232e-04ec-41e8-bf33-86235dfc18dc",
    title: "CRA Recertification",
    publisher: "AHRA / RACC",
  },
  {
    slug: "cra-15-year",
    url: "https://www.crainfo.org/CRA/CRA_News/CRA_15_Year_Anniversary.aspx",
    title: "CRA 15-Year Anniversary",
    publisher: "AHRA / RACC",
  },

  // Education and faculty standards
  {
    slug: "usuhs-mhpe",
    url: "https://chpe.usuhs.edu/graduate-programs/mhpe",
    title: "Master of Health Professions Education",
    publisher: "Uniformed Services University",
  },
  {
    slug: "usuhs-med-hpe",
    url: "https://chpe.usuhs.edu:443/graduate-programs/med-hpe",
    title: "Master of Education in Health Professions Education",
    publisher: "Uniformed Services University",
  },
  {
    slug: "umich-mhpe",
    url: "https://medschool.umich.edu/departments/learning-health-sciences/education/master-health-professions-education/apply",
    title: "Master of Health Professions Education: Apply",
    publisher: "University of Michigan Medical School",
  },
  {
    slug: "evms-mhpe-outcomes",
    url: "https://www.evms.edu/education/masters_programs/medical_and_health_professions_education/program_goals_and_student_learning_outcomes/",
    title: "Medical and Health Professions Education: Program Goals and Student Learning Outcomes",
    publisher: "Eastern Virginia Medical School",
  },
  {
    slug: "ultrasoundschoolsguide-masters",
    url: "https://ultrasoundschoolsguide.com/masters",
    title: "Master's degrees in sonography",
    publisher: "Ultrasound Schools Guide",
  },
  {
    slug: "jrcdms-news",
    url: "https://www.jrcdms.org/newsevents.htm",
    title: "News and Events",
    publisher: "JRC-DMS",
  },
  {
    slug: "jrcdms-mission",
    url: "http://jrcdms.org/mission.htm",
    title: "Mission",
    publisher: "JRC-DMS",
  },
  {
    slug: "jrcdms-faqs",
    url: "http://www.jrcdms.org/faqs.htm",
    title: "FAQs",
    publisher: "JRC-DMS",
  },
  {
    slug: "jrcdms-maintain",
    url: "http://jrcdms.org/maintain.htm",
    title: "Maintaining Accreditation",
    publisher: "JRC-DMS",
  },
  {
    slug: "jrcdms-standards-draft-2017",
    url: "https://fdocuments.us/document/table-of-dms-standards-revisiondraftpdf-general-education-curriculum-common.html",
    title: "DMS Standards revision draft, 2017 (copy)",
    publisher: "JRC-DMS",
  },

  // Management
  {
    slug: "healthcare-admin-degree-imaging-manager",
    url: "https://www.healthcare-administration-degree.net/faq/what-is-a-diagnostic-imaging-manager/",
    title: "What is a diagnostic imaging manager?",
    publisher: "Healthcare Administration Degree Programs",
  },
  {
    slug: "torchora-imaging-manager",
    url: "https://www.torchora.com/job-specification/imaging-manager",
    title: "Imaging Manager job specification",
    publisher: "Torchora",
  },
  {
    slug: "torchora-imaging-supervisor",
    url: "https://torchora.com/job-specification/imaging-supervisor",
    title: "Imaging Supervisor job specification",
    publisher: "Torchora",
  },
  {
    slug: "careertrend-director-imaging",
    url: "https://careertrend.com/how-2068945-become-director-imaging-services.html",
    title: "How to become a director of imaging services",
    publisher: "CareerTrend",
  },

  // BLS and other labor-market pages
  {
    slug: "bls-ooh-dms",
    url: "https://www.bls.gov/ooh/healthcare/diagnostic-medical-sonographers.htm",
    title: "Occupational Outlook Handbook: Diagnostic Medical Sonographers",
    publisher: "U.S. Bureau of Labor Statistics",
  },
  {
    slug: "startrightcareers-medical-records",
    url: "https://www.startrightcareers.com/occupation/medical-records-specialists",
    title: "Medical Records Specialists",
    publisher: "Start Right Careers",
  },
  {
    slug: "bls-oes-251071",
    url: "http://stats.bls.gov/oes/current/oes251071.htm",
    title: "Occupational Employment and Wages: Health Specialties Teachers, Postsecondary",
    publisher: "U.S. Bureau of Labor Statistics",
  },
  {
    slug: "bls-ep-matrix-251071",
    url: "https://data.bls.gov/projections/nationalMatrix?queryParams=25-1071&ioType=o",
    title: "Employment Projections: Health Specialties Teachers, Postsecondary",
    publisher: "U.S. Bureau of Labor Statistics",
  },
  {
    slug: "bls-ooh-postsecondary-teachers",
    url: "http://www.bls.gov/OOH/education-training-and-library/postsecondary-teachers.htm",
    title: "Occupational Outlook Handbook: Postsecondary Teachers",
    publisher: "U.S. Bureau of Labor Statistics",
  },
  {
    slug: "bls-ooh-managers",
    url: "https://www.bls.gov/OOH/management/medical-and-health-services-managers.htm",
    title: "Occupational Outlook Handbook: Medical and Health Services Managers",
    publisher: "U.S. Bureau of Labor Statistics",
  },

  // Credential upkeep (research pass of 2026-11-30; shared/reference/upkeep.md)
  {
    slug: "ardms-cme-audit-2016",
    url: "http://www.ardms.org/Maintain-Certification/CME/Pages/CME%20Audit.aspx",
    title: "CME Audit (older page)",
    publisher: "ARDMS",
  },
  {
    slug: "inteleos-cme-bank",
    url: "https://www.inteleos.org/maintenance-of-certification/continuing-medical-education/cme-bank/",
    title: "CME Bank",
    publisher: "Inteleos",
  },
  {
    slug: "apca-cme",
    url: "https://apca.org/maintain-certification/cme",
    title: "Continuing Medical Education (CME)",
    publisher: "APCA",
  },
  {
    slug: "apca-reinstatement",
    url: "https://apca.org/maintain-certification/Registry-Renewals/Reinstatement",
    title: "Registry Renewals: Reinstatement",
    publisher: "APCA",
  },
  {
    slug: "ardms-attestation",
    url: "https://www.ardms.org/maintain-certification/attestation/",
    title: "Attestation",
    publisher: "ARDMS",
  },
  {
    slug: "ardms-cme-bank-2017",
    url: "http://www.ardms.org/Maintain-Certification/CME/Pages/CME-Bank.aspx",
    title: "CME Bank (older page)",
    publisher: "ARDMS",
  },
  {
    slug: "ultrasounddegree-renewal",
    url: "https://ultrasounddegree.com/articles/sonographer-certification-renewal/",
    title: "Sonographer certification renewal",
    publisher: "UltrasoundDegree.com",
  },
  {
    slug: "ardms-revocation-process",
    url: "http://www.ardms.org/Maintain-Certification/Renewals/Pages/Revocation-Process.aspx",
    title: "Revocation Process",
    publisher: "ARDMS",
  },
  {
    slug: "sdms-cme-faq",
    url: "http://www.sdms.org/cme/cmefaq.asp",
    title: "CME frequently asked questions",
    publisher: "SDMS",
  },
  {
    slug: "cci-ceu-submission",
    url: "https://cci-online.org/CCI/Content/CEU_Submission_Process.aspx",
    title: "CEU Submission Process",
    publisher: "CCI",
  },
  {
    slug: "cci-renewal-process-older",
    url: "http://www.cci-online.org/content/credential-renewal-process",
    title: "Credential Renewal Process (older page, $150 era)",
    publisher: "CCI",
  },
  {
    slug: "cci-maintain-credentials",
    url: "https://cci-staging.firstpointmgmt.com/CCI/Content/Maintain_Credentials.aspx",
    title: "Maintain Credentials (CCI staging copy)",
    publisher: "CCI",
  },
  {
    slug: "cci-registrant-faqs",
    url: "http://cci-online.org/content/registrants-frequently-asked-questions",
    title: "Registrants Frequently Asked Questions",
    publisher: "CCI",
  },
  {
    slug: "cci-news-2022-10",
    url: "https://cci-online.org/news/headline-three/",
    title: "CCI news item, 8 October 2022",
    publisher: "CCI",
  },
  {
    slug: "arrt-continuing-education",
    url: "https://www.arrt.org/pages/resources/maintaining-credentials/continuing-education",
    title: "Continuing Education",
    publisher: "ARRT",
  },
  {
    slug: "arrt-faq-ce-public",
    url: "https://www.arrt.org/contact/frequent-questions/Category/continuing-education-and-renewal-public/",
    title: "Frequent questions: continuing education and renewal",
    publisher: "ARRT",
  },
  {
    slug: "arrt-faq-ce-registered",
    url: "https://arrt.org/pages/contact/frequent-questions-registered/continuing-education-and-renewal-registered",
    title: "Frequent questions for R.T.s: continuing education and renewal",
    publisher: "ARRT",
  },
  {
    slug: "arrt-ce-requirements-2014",
    url: "https://studylib.net/doc/13772564/arrt-continuing-education-requirements-%C2%AE",
    title: "ARRT Continuing Education Requirements (rev. 2014-09-01, copy on studylib.net)",
    publisher: "ARRT",
  },
  {
    slug: "arrt-reinstatement",
    url: "https://www.arrt.org/pages/resources/maintaining-credentials/reinstatement",
    title: "Reinstatement",
    publisher: "ARRT",
  },
  {
    slug: "arrt-faq-cqr",
    url: "https://www.arrt.org/pages/contact/frequent-questions-registered/continuing-qualifications-requirements-registered",
    title: "Frequent questions for R.T.s: Continuing Qualifications Requirements",
    publisher: "ARRT",
  },
  {
    slug: "arrt-cqr-overview",
    url: "https://www.arrt.org/CQR",
    title: "CQR",
    publisher: "ARRT",
  },
  {
    slug: "arrt-ce-changes-2020",
    url: "https://arrt.org/news/article/2020/10/14/arrt-statement-on-changes-to-ce-requirements",
    title: "ARRT statement on changes to CE requirements (14 October 2020)",
    publisher: "ARRT",
  },
  {
    slug: "arrt-partial-credit-2021",
    url: "https://www.arrt.org/news/article/2021/04/07/arrt-to-end-partial-continuing-education-ce-credit",
    title: "ARRT to end partial continuing education (CE) credit (7 April 2021)",
    publisher: "ARRT",
  },
  {
    slug: "arrt-ce-policy-2019",
    url: "https://www.arrt.org/news/article/2019/08/12/arrt-has-revised-our-policy-regarding-ce-requirements",
    title: "ARRT has revised our policy regarding CE requirements (12 August 2019)",
    publisher: "ARRT",
  },
  {
    slug: "arrt-rtu-spring-2022",
    url: "https://arrt.org/pages/r-t-update/rtu-you-asked-us-spring2022",
    title: "R.T. Update: You asked us (spring 2022)",
    publisher: "ARRT",
  },
  {
    slug: "asrt-ce-track-transfer",
    url: "https://www.asrt.org/membership/membership-benefits/ce-track-and-transfer/ce-track-and-transfer-for-registered-technologists",
    title: "CE Track and Transfer for registered technologists",
    publisher: "ASRT",
  },
  {
    slug: "freelibrary-category-b-2007",
    url: "https://www.thefreelibrary.com/Category+B+credits+phasing+out-a0164638510",
    title: "Category B credits phasing out (2007)",
    publisher: "The Free Library",
  },
  {
    slug: "takece-arrt-probation",
    url: "https://www.takece.com/single-post/arrt-probation",
    title: "ARRT CE probation",
    publisher: "TakeCE",
  },
  {
    slug: "pmc-38343211",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/pmid/38343211",
    title: "Journal article on imaging informatics certification (PMID 38343211)",
    publisher: "PubMed Central",
  },
  {
    slug: "ahra-cra-renewal-faq-2015",
    url: "https://link.ahra.org/2015/04/27/cra-renewal-faq/",
    title: "CRA renewal FAQ (27 April 2015)",
    publisher: "AHRA",
  },
];
