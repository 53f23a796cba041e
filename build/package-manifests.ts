/** The manifests an LMS reads from a course package: SCORM 1.2, SCORM 2004 4th edition, cmi5. */

/** A text in both course languages (Chinese first, as the course is). */
export interface Bilingual {
  'zh-CN': string;
  en: string;
}

export interface PackageInfo {
  id: string;
  title: Bilingual;
  description: Bilingual;
  /** 0…1, from the quiz rules. */
  masteryScore: number;
  /** Every file in the package, relative, with forward slashes. */
  files: readonly string[];
  launch: string;
}

/** One cmi5 AU: a module (or the final assessment) launched on its own. */
export interface Cmi5Au {
  id: string;
  title: Bilingual;
  description: Bilingual;
  moveOn: 'CompletedAndPassed' | 'Completed' | 'Passed';
  /** Only where there is a quiz to pass. */
  masteryScore?: number;
  url: string;
}

const xml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
const fileList = (files: readonly string[]) => files.map((f) => `      <file href="${xml(f)}"/>`).join('\n');
/** One line for an LMS that shows a single title: both languages, Chinese first. */
export const bothLanguages = (t: Bilingual) => (t['zh-CN'] === t.en ? t.en : `${t['zh-CN']} · ${t.en}`);

// LOM as SCORM 1.2 embeds it (IMS Meta-data 1.2.1): a langstring per language.
const lom12 = (p: PackageInfo) => `    <imsmd:lom>
      <imsmd:general>
        <imsmd:title>
          <imsmd:langstring xml:lang="zh-CN">${xml(p.title['zh-CN'])}</imsmd:langstring>
          <imsmd:langstring xml:lang="en-US">${xml(p.title.en)}</imsmd:langstring>
        </imsmd:title>
        <imsmd:description>
          <imsmd:langstring xml:lang="zh-CN">${xml(p.description['zh-CN'])}</imsmd:langstring>
          <imsmd:langstring xml:lang="en-US">${xml(p.description.en)}</imsmd:langstring>
        </imsmd:description>
      </imsmd:general>
    </imsmd:lom>`;

// LOM as SCORM 2004 embeds it (IEEE LOM): a string per language.
const lom2004 = (p: PackageInfo) => `    <lom xmlns="http://ltsc.ieee.org/xsd/LOM">
      <general>
        <title>
          <string language="zh-CN">${xml(p.title['zh-CN'])}</string>
          <string language="en-US">${xml(p.title.en)}</string>
        </title>
        <description>
          <string language="zh-CN">${xml(p.description['zh-CN'])}</string>
          <string language="en-US">${xml(p.description.en)}</string>
        </description>
      </general>
    </lom>`;

export function scorm12Manifest(p: PackageInfo): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(p.id)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
${lom12(p)}
  </metadata>
  <organizations default="${xml(p.id)}-org">
    <organization identifier="${xml(p.id)}-org">
      <title>${xml(bothLanguages(p.title))}</title>
      <item identifier="${xml(p.id)}-item" identifierref="${xml(p.id)}-sco" isvisible="true">
        <title>${xml(bothLanguages(p.title))}</title>
        <adlcp:masteryscore>${Math.round(p.masteryScore * 100)}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${xml(p.id)}-sco" type="webcontent" adlcp:scormtype="sco" href="${xml(p.launch)}">
${fileList(p.files)}
    </resource>
  </resources>
</manifest>
`;
}

export function scorm2004Manifest(p: PackageInfo): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(p.id)}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
${lom2004(p)}
  </metadata>
  <organizations default="${xml(p.id)}-org">
    <organization identifier="${xml(p.id)}-org">
      <title>${xml(bothLanguages(p.title))}</title>
      <item identifier="${xml(p.id)}-item" identifierref="${xml(p.id)}-sco">
        <title>${xml(bothLanguages(p.title))}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <!-- The course reports success itself (every module quiz passed); the measure is its pass mark. -->
            <imsss:primaryObjective objectiveID="${xml(p.id)}-mastery" satisfiedByMeasure="false">
              <imsss:minNormalizedMeasure>${p.masteryScore}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${xml(p.id)}-sco" type="webcontent" adlcp:scormType="sco" href="${xml(p.launch)}">
${fileList(p.files)}
    </resource>
  </resources>
</manifest>
`;
}

const langstrings = (t: Bilingual, indent: string) =>
  `\n${indent}  <langstring lang="zh-CN">${xml(t['zh-CN'])}</langstring>\n${indent}  <langstring lang="en-US">${xml(t.en)}</langstring>\n${indent}`;

/** cmi5's course structure: the AUs given (one for the whole course, or one per module), each with its moveOn. */
export function cmi5Xml(p: PackageInfo & { courseIri: string; aus: readonly Cmi5Au[] }): string {
  const aus = p.aus
    .map(
      (au) => `  <au id="${xml(au.id)}" moveOn="${au.moveOn}"${au.masteryScore === undefined ? '' : ` masteryScore="${au.masteryScore}"`} launchMethod="AnyWindow">
    <title>${langstrings(au.title, '    ')}</title>
    <description>${langstrings(au.description, '    ')}</description>
    <url>${xml(au.url)}</url>
  </au>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${xml(p.courseIri)}">
    <title>${langstrings(p.title, '    ')}</title>
    <description>${langstrings(p.description, '    ')}</description>
  </course>
${aus}
</courseStructure>
`;
}
