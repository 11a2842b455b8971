import type { ContactKind } from '../stages';

/* Contact logs (接触记录), contact persons (联系人) and stored files. `D` is Date on the server, string in JSON. */

/** GET /api/contact-logs: a log with its author's and firm's names and the persons who took part. */
export interface ContactLogRecord<D = string> {
  id: number;
  targetId: number;
  kind: ContactKind;
  at: D;
  participants: string | null;
  summary: string;
  outcome: string | null;
  /** The next follow-up this log set, if any (the target keeps the one open follow-up). */
  nextFollowUpAt: D | null;
  authorId: number | null;
  demo: boolean;
  createdAt: D;
  authorName: string | null;
  firmId: number;
  firmName: string;
  contactPersonIds: number[];
}

/** GET /api/contact-persons: personal fields are null unless personalDataVisible. */
export interface ContactPersonRecord<D = string> {
  id: number;
  firmId: number;
  name: string;
  title: string | null;
  phone: string | null;
  email: string | null;
  wechat: string | null;
  notes: string | null;
  /** The promoter who knows the person (defaults to whoever added them). */
  knownById: number | null;
  demo: boolean;
  createdAt: D;
  updatedAt: D;
  version: number;
  firmName: string;
  knownByName: string | null;
  /** When the person last took part in a contact log (null when the personal data is hidden). */
  lastContactAt: D | null;
  personalDataVisible: boolean;
  canEdit: boolean;
}

/** GET /api/firms/:id/contact-persons/access. */
export interface ContactPersonAccess {
  canAdd: boolean;
}

/** DELETE /api/contact-persons/:id: the person is erased, only the id is left to answer. */
export interface ContactPersonErased {
  id: number;
}

/** A file attached to a target, a contact log or a firm (GET /api/files/:id). */
export interface StoredFileRecord<D = string> {
  id: number;
  targetId: number | null;
  contactLogId: number | null;
  firmId: number | null;
  fileName: string;
  /** From the content (sniffed), never from the upload's own Content-Type. */
  contentType: string;
  size: number;
  sha256: string;
  uploadedById: number | null;
  createdAt: D;
  uploadedByName: string | null;
  /** The backoffice can show it inline (images, PDF). */
  previewable: boolean;
}
