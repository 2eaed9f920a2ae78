/** The bodies (and the two informal "issuers") that requirements come from. */
import type { Issuer } from "./types";

export const issuers: Issuer[] = [
  {
    slug: "ardms",
    abbreviation: "ARDMS",
    name: "American Registry for Diagnostic Medical Sonography",
    url: "https://www.ardms.org",
    description:
      "Independent nonprofit registry behind the RDMS, RDCS, RVT and RMSKS credentials for sonographers. It is part of Inteleos; physicians certify through its sister council, APCA.",
  },
  {
    slug: "cci",
    abbreviation: "CCI",
    name: "Cardiovascular Credentialing International",
    url: "https://cci-online.org",
    description:
      "Credentials cardiovascular professionals, including echo (RCS, RCCS, ACS) and vascular (RVS) sonographers. Each registry credential is a single exam with physics built in.",
  },
  {
    slug: "arrt",
    abbreviation: "ARRT",
    name: "American Registry of Radiologic Technologists",
    url: "https://www.arrt.org",
    description:
      "Credentials radiologic technologists, including sonography, vascular sonography and breast sonography, through a primary (education) or postprimary (supporting credential) pathway.",
  },
  {
    slug: "parca",
    abbreviation: "PARCA",
    name: "PACS Administrators in Radiology Certification Association",
    url: "https://pacsadmin.org",
    description:
      "Certifies PACS administrators through online exams, from the entry-level CPAS up to analyst and DICOM certifications. No formal prerequisites for its entry level.",
  },
  {
    slug: "abii",
    abbreviation: "ABII",
    name: "American Board of Imaging Informatics",
    url: "https://www.abii.org",
    description:
      "Founded by SIIM and ARRT to certify imaging informatics professionals (CIIP). Eligibility uses a seven-point system of experience, education and credentials.",
  },
  {
    slug: "ahra",
    abbreviation: "AHRA",
    name: "AHRA: The Association for Medical Imaging Management",
    description:
      "Professional association for imaging managers. Its Certified Radiology Administrator (CRA) credential is governed by the independent Radiology Administration Certification Commission (RACC).",
  },
  {
    slug: "jrc-dms",
    abbreviation: "JRC-DMS",
    name: "Joint Review Committee on Education in Diagnostic Medical Sonography",
    url: "https://www.jrcdms.org",
    description:
      "Reviews sonography programs and recommends them to CAAHEP for accreditation. Its standards set what program directors and clinical coordinators need.",
  },
  {
    slug: "academic",
    abbreviation: "College",
    name: "Colleges and universities",
    description: "Degrees and courses from accredited colleges and universities.",
  },
  {
    slug: "employer",
    abbreviation: "Employer",
    name: "Employers",
    description:
      "Expectations set by employers and job postings rather than by a registry. They vary from one employer to the next.",
  },
];
