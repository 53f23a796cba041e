/** The manifests an LMS reads from a course package: SCORM 1.2, SCORM 2004 4th edition, cmi5. */
export interface PackageInfo {
  id: string;
  title: string;
  description: string;
  /** 0…1, from the quiz rules. */
  masteryScore: number;
  /** Every file in the package, relative, with forward slashes. */
  files: readonly string[];
  launch: string;
}

const xml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
const fileList = (files: readonly string[]) => files.map((f) => `      <file href="${xml(f)}"/>`).join('\n');

export function scorm12Manifest(p: PackageInfo): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(p.id)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${xml(p.id)}-org">
    <organization identifier="${xml(p.id)}-org">
      <title>${xml(p.title)}</title>
      <item identifier="${xml(p.id)}-item" identifierref="${xml(p.id)}-sco" isvisible="true">
        <title>${xml(p.title)}</title>
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
  </metadata>
  <organizations default="${xml(p.id)}-org">
    <organization identifier="${xml(p.id)}-org">
      <title>${xml(p.title)}</title>
      <item identifier="${xml(p.id)}-item" identifierref="${xml(p.id)}-sco">
        <title>${xml(p.title)}</title>
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

/** cmi5's course structure: one AU holding the whole course, moveOn CompletedAndPassed. */
export function cmi5Xml(p: PackageInfo & { courseIri: string }): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${xml(p.courseIri)}">
    <title><langstring lang="zh-CN">${xml(p.title)}</langstring></title>
    <description><langstring lang="zh-CN">${xml(p.description)}</langstring></description>
  </course>
  <au id="${xml(p.courseIri)}/au" moveOn="CompletedAndPassed" masteryScore="${p.masteryScore}" launchMethod="AnyWindow">
    <title><langstring lang="zh-CN">${xml(p.title)}</langstring></title>
    <description><langstring lang="zh-CN">${xml(p.description)}</langstring></description>
    <url>${xml(p.launch)}</url>
  </au>
</courseStructure>
`;
}
