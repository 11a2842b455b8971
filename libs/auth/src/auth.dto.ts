import { ApiProperty } from '@nestjs/swagger';
import type { LoginAnswer, PasswordChangeAnswer } from '@crm/contracts';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'promoter' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  username: string;

  @ApiProperty({ example: 'Demo@2025' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password: string;
}

export class LoginResult implements LoginAnswer {
  @ApiProperty()
  accessToken: string;
}

export class ChangePasswordDto {
  @ApiProperty({ format: 'password', writeOnly: true })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  currentPassword: string;

  @ApiProperty({ format: 'password', writeOnly: true, description: '8–128 characters, letters and digits, not the username, not a well-known password' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  newPassword: string;
}

export class ChangePasswordResult implements PasswordChangeAnswer {
  @ApiProperty({ description: 'a token for a new session; every earlier token of the user is revoked' })
  accessToken: string;

  @ApiProperty({ description: 'how many other sessions were signed out' })
  signedOut: number;
}
