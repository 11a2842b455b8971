export { ContactPersonsPanel } from './ContactPersonsPanel';
export { ParticipantsField, ParticipantsInput } from './ParticipantsInput';
export { TargetPeopleAndFiles } from './TargetPeopleAndFiles';
