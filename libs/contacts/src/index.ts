export * from './contact-person.entity';
export * from './contact-person.dto';
export * from './person-access';
export * from './contacts.service';
export * from './contacts.module';
export * from './contact-person.view';
